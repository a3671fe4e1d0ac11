-- CreateTable
CREATE TABLE "ListEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "list" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "createdBy" TEXT NOT NULL,
    "retiredAt" DATETIME
);

-- CreateTable
CREATE TABLE "ListMapping" (
    "list" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "entryId" INTEGER NOT NULL,
    "mappedBy" TEXT NOT NULL,
    "mappedAt" DATETIME NOT NULL,

    PRIMARY KEY ("list", "value"),
    CONSTRAINT "ListMapping_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "ListEntry" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "ListEntry_list_name_key" ON "ListEntry"("list", "name");
