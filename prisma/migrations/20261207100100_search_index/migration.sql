-- Issue 20: an index made for the text search of the list (api/complaints/list-query.ts), so that a search of a
-- million complaints reads what it finds rather than every row. Hand-written: prisma/schema.prisma cannot
-- describe a full-text table or a partial index.
--
-- FTS5 with the trigram tokenizer finds any run of three or more characters, as LIKE '%…%' did, in the folded
-- search text (already lower case, without accents). It keeps its own copy of the text, keyed by a number
-- made of the year and the sequence: the rowid of the register may change with a VACUUM, these never do.
CREATE VIRTUAL TABLE "ComplaintSearch" USING fts5("reference" UNINDEXED, "searchText", tokenize = 'trigram');

INSERT INTO "ComplaintSearch" (rowid, "reference", "searchText")
SELECT "year" * 100000000 + "sequence", "reference", "searchText" FROM "Complaint" WHERE "searchText" IS NOT NULL;

-- Kept in step by the register itself, whatever writes a row.
CREATE TRIGGER "Complaint_search_insert" AFTER INSERT ON "Complaint" WHEN NEW."searchText" IS NOT NULL BEGIN
  INSERT INTO "ComplaintSearch" (rowid, "reference", "searchText")
  VALUES (NEW."year" * 100000000 + NEW."sequence", NEW."reference", NEW."searchText");
END;

CREATE TRIGGER "Complaint_search_update" AFTER UPDATE OF "searchText" ON "Complaint" BEGIN
  DELETE FROM "ComplaintSearch" WHERE rowid = OLD."year" * 100000000 + OLD."sequence";
  INSERT INTO "ComplaintSearch" (rowid, "reference", "searchText")
  SELECT NEW."year" * 100000000 + NEW."sequence", NEW."reference", NEW."searchText" WHERE NEW."searchText" IS NOT NULL;
END;

CREATE TRIGGER "Complaint_search_delete" AFTER DELETE ON "Complaint" BEGIN
  DELETE FROM "ComplaintSearch" WHERE rowid = OLD."year" * 100000000 + OLD."sequence";
END;

-- Rows not yet given a search text (until the fill at start) are searched as before: these few, by this index.
CREATE INDEX "Complaint_unsearchable_idx" ON "Complaint"("reference") WHERE "searchText" IS NULL;
