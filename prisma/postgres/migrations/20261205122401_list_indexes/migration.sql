-- Written by `npm run db:sync` (scripts/sync-postgres-schema.ts) from prisma/schema.prisma.
-- db:sync schema sha256: 656a3b8f1efbda4a67a7348c54e03cebf674e9c43d0921560634b9f74462c5d5
-- db:sync covers: 20261207100000_list_indexes

-- This is an empty migration.

-- Issue 20, as prisma/migrations/20261207100000_list_indexes: the list by next deadline, none last, read off an
-- index on an expression (hand-written: prisma/schema.prisma cannot describe it).
CREATE INDEX "Complaint_deadline_order_idx" ON "Complaint"(("nextDeadlineAt" IS NULL), "nextDeadlineAt", "reference", "status");
