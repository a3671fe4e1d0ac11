-- AVG: the full-text index of the search forgets a deleted or changed text at once ('secure-delete',
-- SQLite 3.44+), instead of keeping its trigrams in the index's segments until they merge: an erased
-- complaint's name must not stay readable in a copy of the register file (test/erasure-on-disk.test.ts).
-- Hand-written: prisma/schema.prisma cannot describe a full-text table's options. SQLite only.
INSERT INTO "ComplaintSearch" ("ComplaintSearch", rank) VALUES ('secure-delete', 1);
