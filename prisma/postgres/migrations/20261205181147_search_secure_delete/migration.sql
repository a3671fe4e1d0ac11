-- Written by `npm run db:sync` (scripts/sync-postgres-schema.ts) from prisma/schema.prisma.
-- db:sync schema sha256: 082bc074df989efca7902d2bb3283925f43ae2117a5408f1a2699f9f723148c9
-- db:sync covers: 20261208090000_search_secure_delete

-- This is an empty migration.


-- Nothing to do here: PostgreSQL's pg_trgm index keeps no copy of a text beyond its row versions, which
-- VACUUM reclaims (README, "Retention and rights": erased from the files too).
