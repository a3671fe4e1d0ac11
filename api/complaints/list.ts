/**
 * GET /api/complaints: the register's list, filtered, searched, sorted and paged. It reads the
 * register's projection of each workflow (status, next deadline, handler), never Temporal, so a list
 * of thousands costs two queries.
 */
import { Router } from 'express';
import { z } from 'zod';
import { startOfLocalDay } from '../../domain/calendar';
import { CHANNELS } from '../../domain/channels';
import { REGISTER_STATUSES } from '../../domain/complaint';
import { Prisma } from '../../generated/prisma/client';
import type { AppDeps } from '../app';
import type { StaffMember } from '../auth/accounts';
import { allow, staffOf } from '../auth/authenticate';
import { publicRecord } from './find';
import { OPEN_STATUSES, orderClause, whereClause } from './list-query';

const dateOrMoment = z.union([z.iso.datetime({ offset: true }), z.iso.date()], {
  message: 'must be an ISO date (YYYY-MM-DD) or date-time with time zone',
});
const list = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .transform((v) => v.split(','))
    .pipe(z.array(z.enum(values)));

export const listQuerySchema = z
  .object({
    status: list(REGISTER_STATUSES).optional(),
    channel: list(CHANNELS).optional(),
    handler: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .describe("a login name or e-mail address, as assigned; `me`: the caller's own complaints")
      .optional(),
    overdue: z.enum(['true', 'false']).optional(),
    dueBefore: dateOrMoment.optional(),
    receivedFrom: dateOrMoment.optional(),
    receivedTo: dateOrMoment.optional(),
    q: z.string().trim().min(1).max(200).optional(),
    sort: z.enum(['nextDeadline', 'receivedAt', '-receivedAt']).default('nextDeadline'),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(25),
  })
  .strict();

const YEAR_ONE = new Date('0001-01-01T00:00:00Z');

/** A complaint is the caller's when assigned to their account, or to the address that account carries. */
const ownNames = (me: StaffMember) => (me.email ? [me.id, me.email] : [me.id]);

export function listRouter(deps: AppDeps): Router {
  const { db, config } = deps;
  const router = Router();
  // A bare date means the start of that day in the organisation's time zone. Nothing in the register is
  // older than year 1, and PostgreSQL has no year 0 (0001-01-01 in Amsterdam's local mean time is year 0
  // in UTC): an earlier moment filters as year 1 does.
  const instant = (v?: string) => {
    if (v === undefined) return undefined;
    const at = new Date(v.length === 10 ? startOfLocalDay(v, config.terms.timeZone) : v);
    return at < YEAR_ONE ? YEAR_ONE : at;
  };

  router.get('/', allow('complaint.read'), async (req, res) => {
    const query = listQuerySchema.parse(req.query);
    const now = await deps.clock();
    const where = whereClause(
      {
        ...query,
        handler: query.handler === 'me' ? ownNames(staffOf(res)) : query.handler ? [query.handler] : undefined,
        dueBefore: instant(query.dueBefore),
        receivedFrom: instant(query.receivedFrom),
        receivedTo: instant(query.receivedTo),
      },
      now,
    );
    const offset = (query.page - 1) * query.pageSize;
    const [[{ total }], page] = await Promise.all([
      db.$queryRaw<{ total: bigint | number }[]>`SELECT COUNT(*) AS total FROM "Complaint" ${where}`,
      db.$queryRaw<{ reference: string }[]>(
        Prisma.sql`SELECT "reference" FROM "Complaint" ${where} ${orderClause(query.sort)} LIMIT ${query.pageSize} OFFSET ${offset}`,
      ),
    ]);
    const references = page.map((r) => r.reference);
    const rows = await db.complaint.findMany({ where: { reference: { in: references } } });
    const byReference = new Map(rows.map((row) => [row.reference, row]));
    res.json({
      items: references.map((reference) => {
        const row = byReference.get(reference)!;
        return {
          ...publicRecord(row),
          overdue: !!row.nextDeadlineAt && row.nextDeadlineAt < now && OPEN_STATUSES.includes(row.status),
        };
      }),
      page: query.page,
      pageSize: query.pageSize,
      total: Number(total),
    });
  });

  return router;
}
