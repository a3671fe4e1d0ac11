-- Written by `npm run db:sync` (scripts/sync-postgres-schema.ts) from prisma/schema.prisma.
-- db:sync schema sha256: 656a3b8f1efbda4a67a7348c54e03cebf674e9c43d0921560634b9f74462c5d5
-- db:sync covers: 20261207100100_search_index

-- This is an empty migration.


-- Issue 20, as prisma/migrations/20261207100100_search_index: an index made for the text search of the list
-- (api/complaints/list-query.ts). Hand-written: prisma/schema.prisma cannot describe these. The GIN
-- index of pg_trgm finds any run of three or more characters for LIKE '%…%' in the folded search text (already lower
-- case, without accents). pg_trgm is a trusted extension: the owner of a database may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "Complaint_searchText_trgm_idx" ON "Complaint" USING gin ("searchText" gin_trgm_ops);

-- Rows not yet given a search text (until the fill at start) are searched as before: these few, by this index.
CREATE INDEX "Complaint_unsearchable_idx" ON "Complaint"("reference") WHERE "searchText" IS NULL;
