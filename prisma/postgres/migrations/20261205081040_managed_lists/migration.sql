-- Written by `npm run db:sync` (scripts/sync-postgres-schema.ts) from prisma/schema.prisma.
-- db:sync schema sha256: 92a2e30349d48b8d285314bb7c13712fe4174aea508353a9d459e9a364f875c1
-- db:sync covers: 20261206130000_managed_lists

-- CreateTable
CREATE TABLE "ListEntry" (
    "id" SERIAL NOT NULL,
    "list" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "retiredAt" TIMESTAMP(3),

    CONSTRAINT "ListEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ListMapping" (
    "list" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "entryId" INTEGER NOT NULL,
    "mappedBy" TEXT NOT NULL,
    "mappedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ListMapping_pkey" PRIMARY KEY ("list","value")
);

-- CreateIndex
CREATE UNIQUE INDEX "ListEntry_list_name_key" ON "ListEntry"("list", "name");

-- AddForeignKey
ALTER TABLE "ListMapping" ADD CONSTRAINT "ListMapping_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "ListEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

