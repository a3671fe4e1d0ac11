-- Written by `npm run db:sync` (scripts/sync-postgres-schema.ts) from prisma/schema.prisma.
-- db:sync schema sha256: 1d9d0ca8b0ec48ee7f9e0e44e379fd921167bf50ebef78d487b06d3a7d37c5d1
-- db:sync covers: 20261206110000_search_text

-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN     "searchText" TEXT;

-- Issue 19 item 2: a reply by letter counts as replied when it is posted. Rows whose reply letter is still
-- to post lose their repliedAt, and rows whose reply letter was posted get the posting time. (A complaint that
-- was also replied to otherwise, in another round, keeps what it has.)
UPDATE "Complaint" SET "repliedAt" = (
  SELECT MIN(m."sentAt") FROM "Message" m
  WHERE m."reference" = "Complaint"."reference" AND m."purpose" = 'reply' AND m."channel" = 'letter' AND m."status" = 'posted'
)
WHERE EXISTS (
  SELECT 1 FROM "Message" m
  WHERE m."reference" = "Complaint"."reference" AND m."purpose" = 'reply' AND m."channel" = 'letter'
)
AND NOT EXISTS (
  SELECT 1 FROM "Message" m
  WHERE m."reference" = "Complaint"."reference" AND m."purpose" = 'reply' AND m."channel" <> 'letter'
);
