/**
 * The register's list as SQL: every filter of GET /api/complaints and of the web app's inbox, the sort
 * and the page. Written out rather than left to Prisma's `contains`, because a search must take `%` and
 * `_` literally (LIKE ... ESCAPE) and ignore case in the same way on SQLite and PostgreSQL.
 */
import { Prisma } from '../../generated/prisma/client';
import { isFinal, REGISTER_STATUSES, type RegisterStatus } from '../../domain/complaint';
import { engineOf, type Database } from '../../infra/database';
import type { DatabaseEngine } from '../../infra/database-url';
import { foldForSearch } from '../../domain/search-text';
import type { ComplaintRow } from './register';

export const OPEN_STATUSES: string[] = REGISTER_STATUSES.filter((s) => s === 'registered' || !isFinal(s));

export interface ListFilter {
  status?: string[];
  channel?: string[];
  /** Any of these handlers. */
  handler?: string[];
  overdue?: 'true' | 'false';
  dueBefore?: Date;
  receivedFrom?: Date;
  receivedTo?: Date;
  q?: string;
}

export type ListSort = 'nextDeadline' | 'receivedAt' | '-receivedAt';

/** `text` as a LIKE pattern that matches it anywhere, every character literal. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const SEARCHED = ['reference', 'subject', 'description', 'complainantName', 'complainantEmail'];

/** Issue 20: the indexes find a piece of text by its runs of three characters; a shorter one is looked for row by row. */
const INDEXED_FROM = 3;

/**
 * Issue 19: the folded search text (domain/search-text.ts) ignores case and accents on both databases; a
 * row not yet filled (written before it existed, until the start-up fill) is searched as before, through a
 * small partial index of those rows. Issue 20: through an index made for the search (the migration
 * 20261207100100_search_index). On PostgreSQL a pg_trgm GIN index serves the LIKE, and the planner ORs it
 * with the partial index. On SQLite the FTS5 table ComplaintSearch (trigram), which triggers keep in step
 * with the register, is asked for the text as one phrase; there the two make one list of references, for
 * an OR made SQLite read the whole register to test each row.
 */
function searchCondition(q: string, engine: DatabaseEngine): Prisma.Sql {
  const folded = foldForSearch(q);
  const lowered = containsPattern(q.toLowerCase());
  const unfolded = Prisma.join(
    SEARCHED.map((column) => Prisma.sql`lower(${Prisma.raw(`"${column}"`)}) LIKE ${lowered} ESCAPE '\\'`),
    ' OR ',
  );
  const like = Prisma.sql`"searchText" LIKE ${containsPattern(folded)} ESCAPE '\\'`;
  if (engine === 'postgres') return Prisma.sql`(${like} OR ("searchText" IS NULL AND (${unfolded})))`;
  const matches =
    [...folded].length >= INDEXED_FROM
      ? Prisma.sql`SELECT "reference" FROM "ComplaintSearch" WHERE "ComplaintSearch" MATCH ${`"${folded.replace(/"/g, '""')}"`}`
      : Prisma.sql`SELECT "reference" FROM "Complaint" WHERE ${like}`;
  return Prisma.sql`"reference" IN (${matches}
    UNION ALL SELECT "reference" FROM "Complaint" WHERE "searchText" IS NULL AND (${unfolded}))`;
}

/**
 * Issue 20: SQLite's statistics say the open statuses are a third of a million rows, and it then read them
 * all into a sort (530 ms) rather than read the deadline index in order until the page is full (0.1 ms).
 * For a page of several statuses by next deadline, a unary + keeps the status index out of its choice.
 */
function statusColumn(f: ListFilter, engine: DatabaseEngine, byDeadline: boolean): Prisma.Sql {
  return Prisma.raw(engine === 'sqlite' && byDeadline && f.status!.length > 1 ? '+"status"' : '"status"');
}

/**
 * No deadline, or one not yet passed. Issue 20: on PostgreSQL as a range of the deadline index (a row value
 * in its order), which a page by next deadline starts past the overdue ones: at a million, a search that
 * found a tenth read 300,000 overdue rows first (350 ms, 0.5 ms as a range). SQLite reads no range of an
 * expression index from a row value: there the OR, whose two index searches it runs.
 */
function notOverdue(now: Date, engine: DatabaseEngine): Prisma.Sql {
  return engine === 'postgres'
    ? Prisma.sql`(("nextDeadlineAt" IS NULL), "nextDeadlineAt") >= (FALSE, ${now})`
    : Prisma.sql`("nextDeadlineAt" IS NULL OR "nextDeadlineAt" >= ${now})`;
}

/**
 * Each filter as one condition, for a query that adds its own (the CSV export pages by keyset);
 * `byDeadline`: for a page in the order of next deadline.
 */
export function conditions(f: ListFilter, now: Date, engine: DatabaseEngine, byDeadline = false): Prisma.Sql[] {
  const and: Prisma.Sql[] = [];
  if (f.status) and.push(Prisma.sql`${statusColumn(f, engine, byDeadline)} IN (${Prisma.join(f.status)})`);
  if (f.channel) and.push(Prisma.sql`"channel" IN (${Prisma.join(f.channel)})`);
  if (f.handler) and.push(Prisma.sql`"handler" IN (${Prisma.join(f.handler)})`);
  if (f.overdue === 'true') {
    and.push(Prisma.sql`"status" IN (${Prisma.join(OPEN_STATUSES)}) AND "nextDeadlineAt" < ${now}`);
  }
  if (f.overdue === 'false') and.push(notOverdue(now, engine));
  if (f.dueBefore) and.push(Prisma.sql`"nextDeadlineAt" < ${f.dueBefore}`);
  if (f.receivedFrom) and.push(Prisma.sql`"receivedAt" >= ${f.receivedFrom}`);
  if (f.receivedTo) and.push(Prisma.sql`"receivedAt" < ${f.receivedTo}`);
  if (f.q) and.push(searchCondition(f.q, engine));
  return and;
}

export function whereClause(f: ListFilter, now: Date, engine: DatabaseEngine, byDeadline = false): Prisma.Sql {
  const and = conditions(f, now, engine, byDeadline);
  return and.length ? Prisma.sql`WHERE ${Prisma.join(and, ' AND ')}` : Prisma.empty;
}

/** "Mine": complaints assigned to the account by its login name, or by its e-mail address. */
export const ownNames = (me: { id: string; email?: string | null }) => (me.email ? [me.id, me.email] : [me.id]);

/**
 * Issue 20: next deadline first, none last, spelled as the expression index Complaint_deadline_order_idx
 * holds it (the migration 20261207100000_list_indexes): SQLite keeps NULL first in an ascending index, so
 * `NULLS LAST` read a million rows into a sort; this order reads the first page off the index on both.
 */
export function orderClause(sort: ListSort): Prisma.Sql {
  if (sort === 'nextDeadline') {
    return Prisma.sql`ORDER BY ("nextDeadlineAt" IS NULL), "nextDeadlineAt" ASC, "reference" ASC`;
  }
  return sort === 'receivedAt'
    ? Prisma.sql`ORDER BY "receivedAt" ASC, "reference" ASC`
    : Prisma.sql`ORDER BY "receivedAt" DESC, "reference" ASC`;
}

export interface ListPage {
  sort: ListSort;
  page: number;
  pageSize: number;
}

/**
 * Issue 20: the list counts what it finds up to this many. Counting a million rows for every page took
 * 25–50 ms on either database, more than the page itself; beyond this the list says "more than".
 */
export const COUNTED_AT_MOST = 10_000;

/**
 * One page of the list, in order, each row with whether its deadline has passed; and the total, exact
 * up to COUNTED_AT_MOST (`totalExact`), else that number.
 */
export async function listComplaints(
  db: Database,
  filter: ListFilter,
  { sort, page, pageSize }: ListPage,
  now: Date,
): Promise<{ rows: (ComplaintRow & { overdue: boolean })[]; total: number; totalExact: boolean }> {
  const where = whereClause(filter, now, engineOf(db));
  const offset = (page - 1) * pageSize;
  const ordered = whereClause(filter, now, engineOf(db), sort === 'nextDeadline');
  const [[{ total }], found] = await Promise.all([
    db.$queryRaw<{ total: bigint | number }[]>(
      Prisma.sql`SELECT COUNT(*) AS total FROM (SELECT 1 FROM "Complaint" ${where} LIMIT ${COUNTED_AT_MOST + 1}) AS found`,
    ),
    db.$queryRaw<{ reference: string }[]>(
      Prisma.sql`SELECT "reference" FROM "Complaint" ${ordered} ${orderClause(sort)} LIMIT ${pageSize} OFFSET ${offset}`,
    ),
  ]);
  const references = found.map((r) => r.reference);
  const rows = await db.complaint.findMany({ where: { reference: { in: references } } });
  const byReference = new Map(rows.map((row) => [row.reference, row]));
  return {
    rows: references.map((reference) => {
      const row = byReference.get(reference)!;
      const overdue = !!row.nextDeadlineAt && row.nextDeadlineAt < now && OPEN_STATUSES.includes(row.status);
      return { ...row, overdue };
    }),
    total: Math.min(Number(total), COUNTED_AT_MOST),
    totalExact: Number(total) <= COUNTED_AT_MOST,
  };
}

/** How many complaints the filter finds, per status (every status, zero included). */
export async function countByStatus(
  db: Database,
  filter: ListFilter,
  now: Date,
): Promise<Record<RegisterStatus, number>> {
  const found = await db.$queryRaw<{ status: string; n: bigint | number }[]>(
    Prisma.sql`SELECT "status", COUNT(*) AS n FROM "Complaint" ${whereClause(filter, now, engineOf(db))} GROUP BY "status"`,
  );
  const counts = Object.fromEntries(REGISTER_STATUSES.map((s) => [s, 0])) as Record<RegisterStatus, number>;
  for (const { status, n } of found) if (status in counts) counts[status as RegisterStatus] = Number(n);
  return counts;
}
