-- R6 (issue 20): the report's figures kept per local day (reports/kept-days.ts), so that a summary of a year
-- reads 365 kept days instead of passing over every complaint of the year at each request.
-- CreateTable
CREATE TABLE "ReportDay" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "zone" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL,
    "claim" TEXT NOT NULL,
    "figures" TEXT
);

-- CreateIndex
CREATE INDEX "ReportDay_endsAt_idx" ON "ReportDay"("endsAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReportDay_zone_day_key" ON "ReportDay"("zone", "day");

-- Hand-written: the register forgets a kept day itself, whatever writes a row, so that no code path can
-- leave a figure stale. A day's figures count a complaint on the day it was received (volume, terms, days
-- to reply), closed (corrective actions), answered the satisfaction question (satisfaction), and on the
-- day of each promise (an 'acknowledged' step), whose outcome later steps decide. A write that touches one
-- of those forgets the days holding those moments. Only the columns and steps the figures read do so.
CREATE TRIGGER "Complaint_report_days_insert" AFTER INSERT ON "Complaint" BEGIN
  DELETE FROM "ReportDay" WHERE "endsAt" > NEW."receivedAt" AND "startsAt" <= NEW."receivedAt";
  DELETE FROM "ReportDay" WHERE "endsAt" > NEW."closedAt" AND "startsAt" <= NEW."closedAt";
  DELETE FROM "ReportDay" WHERE "endsAt" > NEW."satisfactionAt" AND "startsAt" <= NEW."satisfactionAt";
END;

CREATE TRIGGER "Complaint_report_days_update" AFTER UPDATE OF
  "receivedAt", "replyDueAt", "repliedAt", "acknowledgedAt", "callbackDueAt", "calledBackAt", "termMissed",
  "status", "closedAt", "channel", "service", "category", "cause", "correctiveAction", "satisfactionScore",
  "satisfactionAt"
ON "Complaint" BEGIN
  DELETE FROM "ReportDay" WHERE "endsAt" > OLD."receivedAt" AND "startsAt" <= OLD."receivedAt";
  DELETE FROM "ReportDay" WHERE "endsAt" > NEW."receivedAt" AND "startsAt" <= NEW."receivedAt";
  DELETE FROM "ReportDay" WHERE "endsAt" > OLD."closedAt" AND "startsAt" <= OLD."closedAt";
  DELETE FROM "ReportDay" WHERE "endsAt" > NEW."closedAt" AND "startsAt" <= NEW."closedAt";
  DELETE FROM "ReportDay" WHERE "endsAt" > OLD."satisfactionAt" AND "startsAt" <= OLD."satisfactionAt";
  DELETE FROM "ReportDay" WHERE "endsAt" > NEW."satisfactionAt" AND "startsAt" <= NEW."satisfactionAt";
  DELETE FROM "ReportDay" WHERE "id" IN (
    SELECT d."id" FROM "ComplaintEvent" a JOIN "ReportDay" d ON d."endsAt" > a."at" AND d."startsAt" <= a."at"
    WHERE a."reference" = NEW."reference" AND a."action" = 'acknowledged');
END;

CREATE TRIGGER "Complaint_report_days_delete" AFTER DELETE ON "Complaint" BEGIN
  DELETE FROM "ReportDay" WHERE "endsAt" > OLD."receivedAt" AND "startsAt" <= OLD."receivedAt";
  DELETE FROM "ReportDay" WHERE "endsAt" > OLD."closedAt" AND "startsAt" <= OLD."closedAt";
  DELETE FROM "ReportDay" WHERE "endsAt" > OLD."satisfactionAt" AND "startsAt" <= OLD."satisfactionAt";
  DELETE FROM "ReportDay" WHERE "id" IN (
    SELECT d."id" FROM "ComplaintEvent" a JOIN "ReportDay" d ON d."endsAt" > a."at" AND d."startsAt" <= a."at"
    WHERE a."reference" = OLD."reference" AND a."action" = 'acknowledged');
END;

-- A withdrawal decides the terms of its complaint (counted on the day of receipt); a promise, an escalation
-- or a reopening decides what became of the complaint's promises (counted on the day of each promise).
CREATE TRIGGER "ComplaintEvent_report_days_insert" AFTER INSERT ON "ComplaintEvent"
WHEN NEW."action" IN ('withdrawn', 'acknowledged', 'escalated', 'reopened') BEGIN
  DELETE FROM "ReportDay" WHERE "id" IN (
    SELECT d."id" FROM "Complaint" c JOIN "ReportDay" d ON d."endsAt" > c."receivedAt" AND d."startsAt" <= c."receivedAt"
    WHERE c."reference" = NEW."reference");
  DELETE FROM "ReportDay" WHERE "id" IN (
    SELECT d."id" FROM "ComplaintEvent" a JOIN "ReportDay" d ON d."endsAt" > a."at" AND d."startsAt" <= a."at"
    WHERE a."reference" = NEW."reference" AND a."action" = 'acknowledged');
END;

CREATE TRIGGER "ComplaintEvent_report_days_update" AFTER UPDATE OF "reference", "action", "at" ON "ComplaintEvent"
WHEN OLD."action" IN ('withdrawn', 'acknowledged', 'escalated', 'reopened')
  OR NEW."action" IN ('withdrawn', 'acknowledged', 'escalated', 'reopened') BEGIN
  DELETE FROM "ReportDay" WHERE "endsAt" > OLD."at" AND "startsAt" <= OLD."at";
  DELETE FROM "ReportDay" WHERE "id" IN (
    SELECT d."id" FROM "Complaint" c JOIN "ReportDay" d ON d."endsAt" > c."receivedAt" AND d."startsAt" <= c."receivedAt"
    WHERE c."reference" IN (OLD."reference", NEW."reference"));
  DELETE FROM "ReportDay" WHERE "id" IN (
    SELECT d."id" FROM "ComplaintEvent" a JOIN "ReportDay" d ON d."endsAt" > a."at" AND d."startsAt" <= a."at"
    WHERE a."reference" IN (OLD."reference", NEW."reference") AND a."action" = 'acknowledged');
END;

CREATE TRIGGER "ComplaintEvent_report_days_delete" AFTER DELETE ON "ComplaintEvent"
WHEN OLD."action" IN ('withdrawn', 'acknowledged', 'escalated', 'reopened') BEGIN
  DELETE FROM "ReportDay" WHERE "endsAt" > OLD."at" AND "startsAt" <= OLD."at";
  DELETE FROM "ReportDay" WHERE "id" IN (
    SELECT d."id" FROM "Complaint" c JOIN "ReportDay" d ON d."endsAt" > c."receivedAt" AND d."startsAt" <= c."receivedAt"
    WHERE c."reference" = OLD."reference");
  DELETE FROM "ReportDay" WHERE "id" IN (
    SELECT d."id" FROM "ComplaintEvent" a JOIN "ReportDay" d ON d."endsAt" > a."at" AND d."startsAt" <= a."at"
    WHERE a."reference" = OLD."reference" AND a."action" = 'acknowledged');
END;

-- An acknowledgement that goes out (or is recorded) decides whether it went out in time: counted on the
-- complaint's day of receipt.
CREATE TRIGGER "Message_report_days_insert" AFTER INSERT ON "Message"
WHEN NEW."purpose" IN ('acknowledgement', 'late_receipt') BEGIN
  DELETE FROM "ReportDay" WHERE "id" IN (
    SELECT d."id" FROM "Complaint" c JOIN "ReportDay" d ON d."endsAt" > c."receivedAt" AND d."startsAt" <= c."receivedAt"
    WHERE c."reference" = NEW."reference");
END;

CREATE TRIGGER "Message_report_days_update" AFTER UPDATE OF "reference", "purpose", "sentAt" ON "Message"
WHEN OLD."purpose" IN ('acknowledgement', 'late_receipt') OR NEW."purpose" IN ('acknowledgement', 'late_receipt') BEGIN
  DELETE FROM "ReportDay" WHERE "id" IN (
    SELECT d."id" FROM "Complaint" c JOIN "ReportDay" d ON d."endsAt" > c."receivedAt" AND d."startsAt" <= c."receivedAt"
    WHERE c."reference" IN (OLD."reference", NEW."reference"));
END;

CREATE TRIGGER "Message_report_days_delete" AFTER DELETE ON "Message"
WHEN OLD."purpose" IN ('acknowledgement', 'late_receipt') BEGIN
  DELETE FROM "ReportDay" WHERE "id" IN (
    SELECT d."id" FROM "Complaint" c JOIN "ReportDay" d ON d."endsAt" > c."receivedAt" AND d."startsAt" <= c."receivedAt"
    WHERE c."reference" = OLD."reference");
END;
