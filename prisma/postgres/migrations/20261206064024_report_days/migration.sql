-- Written by `npm run db:sync` (scripts/sync-postgres-schema.ts) from prisma/schema.prisma.
-- db:sync schema sha256: 701a706717c359d24cd7840fc37da7c1e967740bfea6ad529463a19862a475fe
-- db:sync covers: 20261209090000_report_days

-- CreateTable
CREATE TABLE "ReportDay" (
    "id" SERIAL NOT NULL,
    "zone" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL,
    "claim" TEXT NOT NULL,
    "figures" TEXT,

    CONSTRAINT "ReportDay_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReportDay_endsAt_idx" ON "ReportDay"("endsAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReportDay_zone_day_key" ON "ReportDay"("zone", "day");



-- Hand-written, as prisma/migrations/20261209090000_report_days: the register forgets a kept day itself,
-- whatever writes a row. A day's figures count a complaint on the day it was received (volume, terms, days
-- to reply), closed (corrective actions), answered the satisfaction question (satisfaction), and on the day
-- of each promise (an 'acknowledged' step), whose outcome later steps decide.
--
-- Prisma's PostgreSQL adapter runs a migration as the statements between its semicolons, so a function body
-- cannot hold one: the bodies are E'…' strings in which \073 stands for the semicolon.
CREATE FUNCTION "report_days_forget_moment"(moment TIMESTAMP(3)) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "ReportDay" WHERE "endsAt" > moment AND "startsAt" <= moment
$$;

-- The day complaint `ref` was received.
CREATE FUNCTION "report_days_forget_receipt"(ref TEXT) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "ReportDay" d USING "Complaint" c
  WHERE c."reference" = ref AND d."endsAt" > c."receivedAt" AND d."startsAt" <= c."receivedAt"
$$;

-- The days of the promises of complaint `ref`.
CREATE FUNCTION "report_days_forget_promises"(ref TEXT) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "ReportDay" d USING "ComplaintEvent" a
  WHERE a."reference" = ref AND a."action" = 'acknowledged' AND d."endsAt" > a."at" AND d."startsAt" <= a."at"
$$;

CREATE FUNCTION "Complaint_report_days"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP <> ''INSERT'' THEN
    PERFORM "report_days_forget_moment"(OLD."receivedAt")\073
    PERFORM "report_days_forget_moment"(OLD."closedAt")\073
    PERFORM "report_days_forget_moment"(OLD."satisfactionAt")\073
    PERFORM "report_days_forget_promises"(OLD."reference")\073
  END IF\073
  IF TG_OP <> ''DELETE'' THEN
    PERFORM "report_days_forget_moment"(NEW."receivedAt")\073
    PERFORM "report_days_forget_moment"(NEW."closedAt")\073
    PERFORM "report_days_forget_moment"(NEW."satisfactionAt")\073
  END IF\073
  RETURN NULL\073
END';

CREATE TRIGGER "Complaint_report_days" AFTER INSERT OR DELETE OR UPDATE OF
  "receivedAt", "replyDueAt", "repliedAt", "acknowledgedAt", "callbackDueAt", "calledBackAt", "termMissed",
  "status", "closedAt", "channel", "service", "category", "cause", "correctiveAction", "satisfactionScore",
  "satisfactionAt"
ON "Complaint" FOR EACH ROW EXECUTE FUNCTION "Complaint_report_days"();

-- A withdrawal decides the terms of its complaint (counted on the day of receipt), and a promise, an escalation
-- or a reopening decides what became of the complaint's promises (counted on the day of each promise).
CREATE FUNCTION "ComplaintEvent_report_days"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP <> ''INSERT'' AND OLD."action" IN (''withdrawn'', ''acknowledged'', ''escalated'', ''reopened'') THEN
    PERFORM "report_days_forget_moment"(OLD."at")\073
    PERFORM "report_days_forget_receipt"(OLD."reference")\073
    PERFORM "report_days_forget_promises"(OLD."reference")\073
  END IF\073
  IF TG_OP <> ''DELETE'' AND NEW."action" IN (''withdrawn'', ''acknowledged'', ''escalated'', ''reopened'') THEN
    PERFORM "report_days_forget_receipt"(NEW."reference")\073
    PERFORM "report_days_forget_promises"(NEW."reference")\073
  END IF\073
  RETURN NULL\073
END';

CREATE TRIGGER "ComplaintEvent_report_days" AFTER INSERT OR DELETE OR UPDATE OF "reference", "action", "at"
ON "ComplaintEvent" FOR EACH ROW EXECUTE FUNCTION "ComplaintEvent_report_days"();

-- An acknowledgement that goes out (or is recorded) decides whether it went out in time: counted on the
-- complaint's day of receipt.
CREATE FUNCTION "Message_report_days"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP <> ''INSERT'' AND OLD."purpose" IN (''acknowledgement'', ''late_receipt'') THEN
    PERFORM "report_days_forget_receipt"(OLD."reference")\073
  END IF\073
  IF TG_OP <> ''DELETE'' AND NEW."purpose" IN (''acknowledgement'', ''late_receipt'') THEN
    PERFORM "report_days_forget_receipt"(NEW."reference")\073
  END IF\073
  RETURN NULL\073
END';

CREATE TRIGGER "Message_report_days" AFTER INSERT OR DELETE OR UPDATE OF "reference", "purpose", "sentAt"
ON "Message" FOR EACH ROW EXECUTE FUNCTION "Message_report_days"();
