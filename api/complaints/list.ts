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
import type { AppDeps } from '../deps';
import type { StaffMember } from '../auth/accounts';
import { allow, staffOf } from '../auth/authenticate';
import { publicRecord } from './find';
import { listComplaints, ownNames, type ListFilter } from './list-query';

const dateOrMoment = z.union([z.iso.datetime({ offset: true }), z.iso.date()], {
  message: 'moment',
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

// Nothing in the register is older than year 1, and PostgreSQL has no year 0 (0001-01-01 in Amsterdam's
// local mean time is year 0 in UTC): an earlier moment filters as year 1 does.
const YEAR_ONE = new Date('0001-01-01T00:00:00Z');

/** The list's query as a filter; a bare date means the start of that day in the organisation's time zone. */
export function filterOf(query: Partial<z.infer<typeof listQuerySchema>>, me: StaffMember, zone: string): ListFilter {
  const instant = (v?: string) => {
    if (v === undefined) return undefined;
    const at = new Date(v.length === 10 ? startOfLocalDay(v, zone) : v);
    return at < YEAR_ONE ? YEAR_ONE : at;
  };
  return {
    ...query,
    handler: query.handler === 'me' ? ownNames(me) : query.handler ? [query.handler] : undefined,
    dueBefore: instant(query.dueBefore),
    receivedFrom: instant(query.receivedFrom),
    receivedTo: instant(query.receivedTo),
  };
}

export function listRouter(deps: AppDeps): Router {
  const { db, config } = deps;
  const router = Router();

  router.get('/', allow('complaint.read'), async (req, res) => {
    const query = listQuerySchema.parse(req.query);
    const now = await deps.clock();
    const filter = filterOf(query, staffOf(res), config.terms.timeZone);
    const { rows, total, totalExact } = await listComplaints(db, filter, query, now);
    res.json({
      items: rows.map(({ overdue, ...row }) => ({ ...publicRecord(row), overdue })),
      page: query.page,
      pageSize: query.pageSize,
      total,
      totalExact,
    });
  });

  return router;
}
