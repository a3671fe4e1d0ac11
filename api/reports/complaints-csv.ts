/**
 * GET /api/reports/complaints.csv: one row per complaint, for a spreadsheet, filtered as the list is.
 * It carries the facts of the procedure, never the complainant: no name, address, e-mail, phone,
 * subject, description or satisfaction comment. A file leaves the register — it is mailed on, kept
 * on laptops, outlives every retention rule — so it must hold nothing about a person. For the same
 * reason the list's `q` (which searches names and e-mail addresses) is not offered here: a search
 * by name would tell who complained. Streamed page by page, so a large register never sits in memory.
 */
import { once } from 'node:events';
import type { Response } from 'express';
import { Prisma } from '../../generated/prisma/client';
import { engineOf, type Database } from '../../infra/database';
import { listQuerySchema } from '../complaints/list';
import { conditions, type ListFilter } from '../complaints/list-query';
import { BOM, csvRecord, localDateTime } from './csv';

export const complaintsCsvQuerySchema = listQuerySchema.omit({ q: true, sort: true, page: true, pageSize: true });

const HEADER = [
  'reference',
  'received',
  'channel',
  'service',
  'status',
  'handler',
  'reply due',
  'replied',
  'closed',
  'category',
  'cause',
  'satisfaction',
];

interface Row {
  reference: string;
  received_at: Date;
  channel: string;
  service: string | null;
  status: string;
  handler: string | null;
  reply_due_at: Date | null;
  replied_at: Date | null;
  closed_at: Date | null;
  category: string | null;
  cause: string | null;
  satisfaction: number | bigint | null;
}

// Big enough that a page costs one query among many rows, small enough to stream steadily.
const PAGE = 500;

export async function streamComplaintsCsv(
  db: Database,
  res: Response,
  filter: ListFilter,
  opts: { now: Date; zone: string; fileName: string },
): Promise<void> {
  res.type('text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${opts.fileName}"`);
  res.setHeader('Cache-Control', 'no-store');
  const write = async (chunk: string) => {
    if (!res.write(chunk)) await once(res, 'drain');
  };
  await write(BOM + csvRecord(HEADER));
  const filters = conditions(filter, opts.now, engineOf(db));
  let after: { at: Date; reference: string } | undefined;
  for (;;) {
    const keyset = after
      ? [Prisma.sql`("receivedAt" > ${after.at} OR ("receivedAt" = ${after.at} AND "reference" > ${after.reference}))`]
      : [];
    const where = [...filters, ...keyset];
    const rows = await db.$queryRaw<Row[]>(Prisma.sql`
      SELECT "reference" AS reference, "receivedAt" AS received_at, "channel" AS channel, "service" AS service,
             "status" AS status, "handler" AS handler, "replyDueAt" AS reply_due_at, "repliedAt" AS replied_at,
             "closedAt" AS closed_at, "category" AS category, "cause" AS cause, "satisfactionScore" AS satisfaction
      FROM "Complaint" ${where.length ? Prisma.sql`WHERE ${Prisma.join(where, ' AND ')}` : Prisma.empty}
      ORDER BY "receivedAt" ASC, "reference" ASC
      LIMIT ${PAGE}`);
    if (res.destroyed) return; // the client went away
    const at = (d: Date | null) => localDateTime(d, opts.zone);
    await write(
      rows
        .map((r) =>
          csvRecord([
            r.reference,
            at(r.received_at),
            r.channel,
            r.service,
            r.status,
            r.handler,
            at(r.reply_due_at),
            at(r.replied_at),
            at(r.closed_at),
            r.category,
            r.cause,
            r.satisfaction === null ? null : Number(r.satisfaction),
          ]),
        )
        .join(''),
    );
    if (rows.length < PAGE) break;
    const last = rows[rows.length - 1];
    after = { at: new Date(last.received_at), reference: last.reference };
  }
  res.end();
}
