/**
 * GET /api/complaints: the register's list, filtered, searched, sorted and paged. It reads the
 * register's projection of each workflow (status, next deadline, handler), never Temporal, so a list
 * of thousands costs one query.
 */
import { Router } from 'express';
import { z } from 'zod';
import { startOfLocalDay } from '../../domain/calendar';
import { CHANNELS } from '../../domain/channels';
import { isFinal, REGISTER_STATUSES } from '../../domain/complaint';
import type { Config } from '../../infra/config';
import type { Database } from '../../infra/database';
import type { Prisma } from '../../generated/prisma/client';
import { allow } from '../auth/authenticate';
import { publicRecord } from './find';

const OPEN_STATUSES: string[] = REGISTER_STATUSES.filter((s) => s === 'registered' || !isFinal(s));

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
    handler: z.string().trim().min(1).max(200).optional(),
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

export function listRouter(deps: { db: Database; config: Config }): Router {
  const { db, config } = deps;
  const router = Router();
  // A bare date means the start of that day in the organisation's time zone.
  const instant = (v: string) => new Date(v.length === 10 ? startOfLocalDay(v, config.terms.timeZone) : v);

  router.get('/', allow('complaint.read'), async (req, res) => {
    const query = listQuerySchema.parse(req.query);
    const now = new Date();
    const and: Prisma.ComplaintWhereInput[] = [];
    if (query.status) and.push({ status: { in: query.status } });
    if (query.channel) and.push({ channel: { in: query.channel } });
    if (query.handler) and.push({ handler: query.handler });
    if (query.overdue === 'true') and.push({ status: { in: OPEN_STATUSES }, nextDeadlineAt: { lt: now } });
    if (query.overdue === 'false') and.push({ OR: [{ nextDeadlineAt: null }, { nextDeadlineAt: { gte: now } }] });
    if (query.dueBefore) and.push({ nextDeadlineAt: { lt: instant(query.dueBefore) } });
    if (query.receivedFrom) and.push({ receivedAt: { gte: instant(query.receivedFrom) } });
    if (query.receivedTo) and.push({ receivedAt: { lt: instant(query.receivedTo) } });
    if (query.q) and.push({ OR: [{ subject: { contains: query.q } }, { description: { contains: query.q } }] });

    const orderBy: Prisma.ComplaintOrderByWithRelationInput[] =
      query.sort === 'nextDeadline'
        ? [{ nextDeadlineAt: { sort: 'asc', nulls: 'last' } }, { reference: 'asc' }]
        : [{ receivedAt: query.sort === 'receivedAt' ? 'asc' : 'desc' }, { reference: 'asc' }];
    const where = { AND: and };
    const [total, rows] = await Promise.all([
      db.complaint.count({ where }),
      db.complaint.findMany({ where, orderBy, skip: (query.page - 1) * query.pageSize, take: query.pageSize }),
    ]);
    res.json({
      items: rows.map((row) => ({
        ...publicRecord(row),
        overdue: !!row.nextDeadlineAt && row.nextDeadlineAt < now && OPEN_STATUSES.includes(row.status),
      })),
      page: query.page,
      pageSize: query.pageSize,
      total,
    });
  });

  return router;
}
