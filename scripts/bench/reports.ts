/**
 * R6 benchmark: the reports on a register of many complaints (default 100,000) spread over the last two
 * years, with outcomes of every kind. Filled by one INSERT … SELECT per table (SQLite: a recursive
 * counter), not through the API: the point is what a report costs, not what intake costs.
 */
import request from 'supertest';
import { monthPeriod, previousMonth } from '../../domain/report-period';
import { Prisma } from '../../generated/prisma/client';
import type { Harness } from '../../test/support/harness';
import { seconds, sequential, timingRow, type Row } from './figures';
import { withHarness } from './time-skipping';

// Prisma keeps SQLite's DateTime as this text; the register's comparisons rely on one format.
const AT = (days: string) => Prisma.raw(`strftime('%Y-%m-%dT%H:%M:%f+00:00', r + ${days})`);

/** Fills the register with `size` complaints of every kind (SQLite only: julianday, strftime). */
export async function fillRegister(h: Harness, size: number): Promise<void> {
  const db = h.register.db;
  const now = await h.now();
  const written = Prisma.raw('(i % 5 <> 0)');
  const closed = Prisma.raw('(i % 10 < 7)');
  await db.$executeRaw(Prisma.sql`
    WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < ${size}),
    c AS (SELECT i, julianday(${now}) - i * 730.0 / ${size} AS r FROM seq)
    INSERT INTO "Complaint" ("reference", "year", "sequence", "channel", "kind", "subject", "description", "service",
      "complainantName", "receivedAt", "registeredAt", "registeredBy", "terms", "workflowStartedAt", "status",
      "replyDueAt", "callbackDueAt", "calledBackAt", "repliedAt", "acknowledgedAt", "closedAt", "category", "cause",
      "correctiveAction", "termMissed", "satisfactionScore", "satisfactionAt", "updatedAt")
    SELECT 'KL-2100-' || printf('%06d', i), 2100, i,
      CASE i % 5 WHEN 0 THEN 'phone' WHEN 1 THEN 'email' WHEN 2 THEN 'web' WHEN 3 THEN 'letter' ELSE 'email' END,
      CASE WHEN ${written} THEN 'written' ELSE 'oral' END,
      'Klacht', 'Beschrijving', 'dienst ' || (i % 8), 'Bench Klager', ${AT('0')}, ${AT('0')}, 'bench', '{}', ${AT('0')},
      CASE WHEN ${closed} THEN 'closed' WHEN i % 10 = 7 THEN 'answered' WHEN i % 10 = 8 THEN 'acknowledged'
           ELSE 'in_handling' END,
      CASE WHEN ${written} THEN ${AT('15')} END,
      CASE WHEN NOT ${written} THEN ${AT('4.0 / 24')} END,
      CASE WHEN NOT ${written} THEN ${AT('(i % 7) / 24.0')} END,
      CASE WHEN ${written} AND i % 10 < 8 THEN ${AT('(i % 20)')} END,
      CASE WHEN ${written} AND i % 10 >= 8 THEN ${AT('11')} END,
      CASE WHEN ${closed} THEN ${AT('25')} END,
      CASE WHEN ${closed} THEN 'categorie ' || (i % 12) END,
      CASE WHEN ${closed} THEN 'oorzaak ' || (i % 37) END,
      CASE WHEN ${closed} AND i % 4 = 0 THEN 'maatregel ' || i END,
      (i % 97 = 0),
      CASE WHEN ${closed} AND i % 3 = 0 THEN 1 + i % 5 END,
      CASE WHEN ${closed} AND i % 3 = 0 THEN ${AT('27')} END,
      ${AT('0')}
    FROM c`);
  const plus = (column: string, days: number) =>
    Prisma.raw(`strftime('%Y-%m-%dT%H:%M:%f+00:00', julianday("${column}") + ${days})`);
  await db.$executeRaw(Prisma.sql`
    INSERT INTO "ComplaintEvent" ("key", "reference", "actor", "action", "detail", "at")
    SELECT "reference" || '/acknowledged', "reference", 'system', 'acknowledged', '{}', "acknowledgedAt"
    FROM "Complaint" WHERE "acknowledgedAt" IS NOT NULL`);
  await db.$executeRaw(Prisma.sql`
    INSERT INTO "ComplaintEvent" ("key", "reference", "actor", "action", "detail", "at")
    SELECT "reference" || '/escalated', "reference", 'system', 'escalated', '{}', ${plus('acknowledgedAt', 30)}
    FROM "Complaint" WHERE "acknowledgedAt" IS NOT NULL AND "sequence" % 20 = 8`);
  await db.$executeRaw(Prisma.sql`
    INSERT INTO "Message" ("key", "reference", "purpose", "channel", "recipient", "subject", "body", "status",
      "createdAt", "sentAt")
    SELECT "reference" || '/acknowledgement', "reference", 'acknowledgement', 'email', 'x@example.nl', 'a', 'b', 'sent',
      "acknowledgedAt", ${plus('acknowledgedAt', 0.001)}
    FROM "Complaint" WHERE "acknowledgedAt" IS NOT NULL`);
}

export function reports(size = 100_000): Promise<Row[]> {
  return withHarness(async (h) => {
    const fill = performance.now();
    await fillRegister(h, size);
    console.log(`  (filled the register with ${size} complaints in ${seconds(performance.now() - fill)})`);
    const get = (path: string) => () => request(h.app).get(path).set(h.as('manager')).expect(200);
    const { from, to } = monthPeriod(previousMonth(await h.today()));
    const row = async (what: string, n: number, path: string) =>
      timingRow('reports', `${what} (${size})`, await sequential(n, get(path)));
    return [
      await row('GET /api/reports/summary, last 12 months', 20, '/api/reports/summary'),
      await row('GET /api/reports/summary, last month', 20, `/api/reports/summary?from=${from}&to=${to}`),
      await row('GET /api/reports/charts/volume-trend.svg', 10, '/api/reports/charts/volume-trend.svg'),
      await row(`GET /api/reports/complaints.csv, all ${size} rows`, 3, '/api/reports/complaints.csv'),
    ];
  });
}
