-- Written by `npm run db:sync` (scripts/sync-postgres-schema.ts) from prisma/schema.prisma.
-- db:sync schema sha256: 656a3b8f1efbda4a67a7348c54e03cebf674e9c43d0921560634b9f74462c5d5
-- db:sync covers: 20261206120000_answer_templates

-- CreateTable
CREATE TABLE "AnswerTemplate" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "updatedBy" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AnswerTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AnswerTemplate_language_title_key" ON "AnswerTemplate"("language", "title");

