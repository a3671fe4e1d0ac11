/**
 * The register's list as SQL: every filter of GET /api/complaints and of the web app's inbox, the sort
 * and the page. Written out rather than left to Prisma's `contains`, because a search must take `%` and
 * `_` literally (LIKE ... ESCAPE) and ignore case in the same way on SQLite and PostgreSQL.
 */
import { Prisma } from '../../generated/prisma/client';
import { isFinal, REGISTER_STATUSES, type RegisterStatus } from '../../domain/complaint';
import type { Database } from '../../infra/database';
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
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const SEARCHED = ['reference', 'subject', 'description', 'complainantName', 'complainantEmail'];

/** Each filter as one condition, for a query that adds its own (the CSV export pages by keyset). */
export function conditions(f: ListFilter, now: Date): Prisma.Sql[] {
  const and: Prisma.Sql[] = [];
  if (f.status) and.push(Prisma.sql`"status" IN (${Prisma.join(f.status)})`);
  if (f.channel) and.push(Prisma.sql`"channel" IN (${Prisma.join(f.channel)})`);
  if (f.handler) and.push(Prisma.sql`"handler" IN (${Prisma.join(f.handler)})`);
  if (f.overdue === 'true') {
    and.push(Prisma.sql`"status" IN (${Prisma.join(OPEN_STATUSES)}) AND "nextDeadlineAt" < ${now}`);
  }
  if (f.overdue === 'false') and.push(Prisma.sql`("nextDeadlineAt" IS NULL OR "nextDeadlineAt" >= ${now})`);
  if (f.dueBefore) and.push(Prisma.sql`"nextDeadlineAt" < ${f.dueBefore}`);
  if (f.receivedFrom) and.push(Prisma.sql`"receivedAt" >= ${f.receivedFrom}`);
  if (f.receivedTo) and.push(Prisma.sql`"receivedAt" < ${f.receivedTo}`);
  if (f.q) {
    const pattern = containsPattern(f.q);
    const matches = SEARCHED.map(
      (column) => Prisma.sql`lower(${Prisma.raw(`"${column}"`)}) LIKE ${pattern} ESCAPE '\\'`,
    );
    and.push(Prisma.sql`(${Prisma.join(matches, ' OR ')})`);
  }
  return and;
}

export function whereClause(f: ListFilter, now: Date): Prisma.Sql {
  const and = conditions(f, now);
  return and.length ? Prisma.sql`WHERE ${Prisma.join(and, ' AND ')}` : Prisma.empty;
}

/** "Mine": complaints assigned to the account by its login name, or by its e-mail address. */
export const ownNames = (me: { id: string; email?: string | null }) => (me.email ? [me.id, me.email] : [me.id]);

export function orderClause(sort: ListSort): Prisma.Sql {
  if (sort === 'nextDeadline') return Prisma.sql`ORDER BY "nextDeadlineAt" ASC NULLS LAST, "reference" ASC`;
  return sort === 'receivedAt'
    ? Prisma.sql`ORDER BY "receivedAt" ASC, "reference" ASC`
    : Prisma.sql`ORDER BY "receivedAt" DESC, "reference" ASC`;
}

export interface ListPage {
  sort: ListSort;
  page: number;
  pageSize: number;
}

/** One page of the list, in order, each row with whether its deadline has passed; and the total. */
export async function listComplaints(
  db: Database,
  filter: ListFilter,
  { sort, page, pageSize }: ListPage,
  now: Date,
): Promise<{ rows: (ComplaintRow & { overdue: boolean })[]; total: number }> {
  const where = whereClause(filter, now);
  const offset = (page - 1) * pageSize;
  const [[{ total }], found] = await Promise.all([
    db.$queryRaw<{ total: bigint | number }[]>`SELECT COUNT(*) AS total FROM "Complaint" ${where}`,
    db.$queryRaw<{ reference: string }[]>(
      Prisma.sql`SELECT "reference" FROM "Complaint" ${where} ${orderClause(sort)} LIMIT ${pageSize} OFFSET ${offset}`,
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
    total: Number(total),
  };
}

/** How many complaints the filter finds, per status (every status, zero included). */
export async function countByStatus(
  db: Database,
  filter: ListFilter,
  now: Date,
): Promise<Record<RegisterStatus, number>> {
  const found = await db.$queryRaw<{ status: string; n: bigint | number }[]>(
    Prisma.sql`SELECT "status", COUNT(*) AS n FROM "Complaint" ${whereClause(filter, now)} GROUP BY "status"`,
  );
  const counts = Object.fromEntries(REGISTER_STATUSES.map((s) => [s, 0])) as Record<RegisterStatus, number>;
  for (const { status, n } of found) if (status in counts) counts[status as RegisterStatus] = Number(n);
  return counts;
}
