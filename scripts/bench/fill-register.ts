/**
 * A register of `size` complaints spread over the last two years, with outcomes of every kind, filled by
 * one INSERT … SELECT per table rather than through the API: the benches measure what a list or a report
 * costs, not what intake costs. One statement text for SQLite and PostgreSQL, with the few words in which
 * they differ (the row counter, time arithmetic, padding) taken from the register's engine.
 */
import { Prisma } from '../../generated/prisma/client';
import type { DatabaseEngine } from '../../infra/database-url';
import type { Harness } from '../../test/support/harness';

interface Dialect {
  /** Rows 1…size as `i`, with `r` the moment of receipt (i = 1 now, i = size two years ago). */
  rows(size: Prisma.Sql, now: Date): Prisma.Sql;
  /** The moment `days` (an SQL expression) after `from` (an SQL expression of the dialect's time). */
  after(from: string, days: string): string;
  /** i as six digits at least. */
  padded: string;
  newline: string;
  analyse?: string;
}

const DIALECTS: Record<DatabaseEngine, Dialect> = {
  sqlite: {
    rows: (size, now) => Prisma.sql`
      WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < ${size}),
      c AS (SELECT i, julianday(${now.toISOString()}) - i * 730.0 / ${size} AS r FROM seq)`,
    // Prisma keeps SQLite's DateTime as this text; the register's comparisons rely on one format.
    after: (from, days) =>
      `strftime('%Y-%m-%dT%H:%M:%f+00:00', ${from === 'r' ? 'r' : `julianday(${from})`} + (${days}))`,
    padded: "printf('%06d', i)",
    newline: 'char(10)',
    // As the register does at start and every hour (infra/sqlite-connection.ts): SQLite plans by these.
    analyse: 'PRAGMA optimize = 0x10002',
  },
  postgres: {
    rows: (size, now) => Prisma.sql`
      WITH c AS (SELECT i, (${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')
        - (i * 730.0 / ${size}) * interval '1 day' AS r FROM generate_series(1, ${size}) AS i)`,
    after: (from, days) => `(${from} + (${days}) * interval '1 day')`,
    padded: "lpad(i::text, greatest(6, length(i::text)), '0')",
    newline: 'chr(10)',
    // As autovacuum does soon after a bulk insert (PostgreSQL 13+): statistics for the planner, and the
    // visibility map that lets a count read an index alone.
    analyse: 'VACUUM ANALYZE',
  },
};

/** Complainants' names and how search folds them (domain/search-text.ts), accents among them. */
const NAMES: [string, string][] = [
  ['Jansen', 'jansen'],
  ['de Vries', 'de vries'],
  ['Ŝmit', 'smit'],
  ['Đorđe Petrović', 'dorde petrovic'],
  ['Bakker', 'bakker'],
  ['Müller', 'muller'],
  ['van Dijk', 'van dijk'],
  ['Çelik', 'celik'],
];

const pick = (column: number) =>
  `CASE i % ${NAMES.length} ${NAMES.map((n, k) => `WHEN ${k} THEN '${n[column]}'`).join(' ')} END`;

/** Fills the register of `h` with `size` complaints of every kind. */
export async function fillRegister(h: Pick<Harness, 'register' | 'now'>, size: number): Promise<void> {
  const db = h.register.db;
  const d = DIALECTS[h.register.engine];
  // Written into the statement: PostgreSQL cannot tell generate_series's type from a parameter.
  if (!Number.isSafeInteger(size) || size < 1) throw new Error(`not a number of complaints: ${size}`);
  const now = await h.now();
  const at = (days: string) => Prisma.raw(d.after('r', days));
  const plus = (column: string, days: number) => Prisma.raw(d.after(`"${column}"`, String(days)));
  const written = Prisma.raw('(i % 5 <> 0)');
  const closed = Prisma.raw('(i % 10 < 7)');
  // A tenth, of every status, is about an invoice.
  const subject = Prisma.raw(`CASE WHEN (i / 10) % 10 = 0 THEN 'Factuur ' ELSE 'Klacht ' END || i`);
  const reference = Prisma.raw(`'KL-2100-' || ${d.padded}`);
  const name = Prisma.raw(`${pick(0)} || ' ' || (i % 1000)`);
  const searchText = Prisma.raw(
    [`lower(${reference.text})`, `lower(${subject.text})`, `'beschrijving'`, `${pick(1)} || ' ' || (i % 1000)`].join(
      ` || ${d.newline} || `,
    ),
  );
  await db.$executeRaw(Prisma.sql`
    ${d.rows(Prisma.raw(String(size)), now)}
    INSERT INTO "Complaint" ("reference", "year", "sequence", "channel", "kind", "subject", "description", "service",
      "complainantName", "receivedAt", "registeredAt", "registeredBy", "terms", "workflowStartedAt", "status",
      "nextDeadlineAt", "handler", "replyDueAt", "callbackDueAt", "calledBackAt", "repliedAt", "acknowledgedAt",
      "closedAt", "category", "cause", "correctiveAction", "termMissed", "satisfactionScore", "satisfactionAt",
      "searchText", "updatedAt")
    SELECT ${reference}, 2100, i,
      CASE i % 5 WHEN 0 THEN 'phone' WHEN 1 THEN 'email' WHEN 2 THEN 'web' WHEN 3 THEN 'letter' ELSE 'email' END,
      CASE WHEN ${written} THEN 'written' ELSE 'oral' END,
      ${subject}, 'Beschrijving', 'dienst ' || (i % 8), ${name}, ${at('0')}, ${at('0')}, 'bench', '{}', ${at('0')},
      CASE WHEN ${closed} THEN 'closed' WHEN i % 10 = 7 THEN 'answered' WHEN i % 10 = 8 THEN 'acknowledged'
           ELSE 'in_handling' END,
      CASE WHEN NOT ${closed} THEN ${at('15 + i % 30')} END,
      'handler-' || (i % 12),
      CASE WHEN ${written} THEN ${at('15')} END,
      CASE WHEN NOT ${written} THEN ${at('4.0 / 24')} END,
      CASE WHEN NOT ${written} THEN ${at('(i % 7) / 24.0')} END,
      CASE WHEN ${written} AND i % 10 < 8 THEN ${at('(i % 20)')} END,
      CASE WHEN ${written} AND i % 10 >= 8 THEN ${at('11')} END,
      CASE WHEN ${closed} THEN ${at('25')} END,
      CASE WHEN ${closed} THEN 'categorie ' || (i % 12) END,
      CASE WHEN ${closed} THEN 'oorzaak ' || (i % 37) END,
      CASE WHEN ${closed} AND i % 4 = 0 THEN 'maatregel ' || i END,
      (i % 97 = 0),
      CASE WHEN ${closed} AND i % 3 = 0 THEN 1 + i % 5 END,
      CASE WHEN ${closed} AND i % 3 = 0 THEN ${at('27')} END,
      ${searchText},
      ${at('0')}
    FROM c`);
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
  if (d.analyse) await db.$executeRawUnsafe(d.analyse);
}
