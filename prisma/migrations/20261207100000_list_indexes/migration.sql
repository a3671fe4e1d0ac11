-- Issue 20: the list by next deadline, none last (api/complaints/list-query.ts orderClause), read off an index.
-- An index on an expression, which prisma/schema.prisma cannot describe: written by hand, here and in the
-- PostgreSQL migration alike.
CREATE INDEX "Complaint_deadline_order_idx" ON "Complaint"(("nextDeadlineAt" IS NULL), "nextDeadlineAt", "reference", "status");
