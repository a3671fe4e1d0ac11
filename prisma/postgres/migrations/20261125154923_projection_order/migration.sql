-- Written by `npm run db:sync` (scripts/sync-postgres-schema.ts) from prisma/schema.prisma.
-- db:sync schema sha256: b0ab430f67be8519a2de0a8a0dad71a20dcdf787fcfb5743c125b2bf2208543a
-- db:sync covers: 20261125190000_projection_order

-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN     "projectedEvent" INTEGER NOT NULL DEFAULT 0;

