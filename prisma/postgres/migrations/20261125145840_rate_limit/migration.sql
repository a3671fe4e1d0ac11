-- Written by `npm run db:sync` (scripts/sync-postgres-schema.ts) from prisma/schema.prisma.
-- db:sync schema sha256: dcf49941a9ad3c6f9ca112397e01d4649eceb9bee672b34997ca4e8e6afb4521
-- db:sync covers: 20261125180000_rate_limit

-- CreateTable
CREATE TABLE "RateLimitWindow" (
    "key" TEXT NOT NULL,
    "hits" INTEGER NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RateLimitWindow_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "RateLimitWindow_endsAt_idx" ON "RateLimitWindow"("endsAt");

