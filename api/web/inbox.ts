/**
 * GET /app: the inbox, from the same list query as GET /api/complaints (list-query.ts): open complaints
 * by next deadline, filtered, searched and paged, with counts per status.
 */
import { Router } from 'express';
import { z } from 'zod';
import { CHANNELS } from '../../domain/channels';
import { REGISTER_STATUSES } from '../../domain/complaint';
import type { Database } from '../../infra/database';
import type { AppDeps } from '../deps';
import { requirePermission, staffOf } from '../auth/authenticate';
import { may } from '../auth/roles';
import { countByStatus, listComplaints, OPEN_STATUSES, ownNames, type ListFilter } from '../complaints/list-query';
import { inboxPage, inboxUrl, type InboxFilter } from '../../web/pages/inbox';
import { pageContext } from './context';
import { homeFor } from './sections';

const PAGE_SIZE = 25;

/** A form sends an empty field for "any": the same as leaving it out. */
const blank = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const inboxQuery = z.object({
  status: blank(z.enum(REGISTER_STATUSES)),
  channel: blank(z.enum(CHANNELS)),
  handler: blank(z.string().trim().min(1).max(200)),
  mine: blank(z.literal('1')),
  overdue: blank(z.literal('1')),
  q: blank(z.string().trim().max(200)),
  page: blank(z.coerce.number().int().min(1).max(100_000)),
  pageSize: blank(z.coerce.number().int().min(1).max(100)),
});

/** Who complaints are assigned to, for the handler filter: each once, by the account's name where there is one. */
async function handlerOptions(db: Database): Promise<{ value: string; label: string }[]> {
  const [assigned, accounts] = await Promise.all([
    db.complaint.findMany({ where: { handler: { not: null } }, distinct: ['handler'], select: { handler: true } }),
    db.staffAccount.findMany({ select: { id: true, name: true } }),
  ]);
  const names = new Map(accounts.map((a) => [a.id, a.name]));
  return assigned
    .map(({ handler }) => handler!)
    .sort()
    .map((value) => {
      const name = names.get(value);
      return { value, label: name && name !== value ? `${name} (${value})` : value };
    });
}

export function inboxRouter(deps: AppDeps): Router {
  const { db, config } = deps;
  const router = Router();

  router.get('/', async (req, res) => {
    // /app is everyone's way in (the header, a sign-in without `next`): those who see no complaints go on to their own start.
    const signedIn = staffOf(res);
    if (!may(signedIn.roles, 'complaint.read')) return res.redirect(303, homeFor(signedIn.roles));
    const staff = requirePermission(res, 'complaint.read');
    const query = inboxQuery.parse(req.query);
    const filter: InboxFilter = {
      status: query.status,
      channel: query.channel,
      handler: query.mine ? undefined : query.handler,
      mine: !!query.mine,
      overdue: !!query.overdue,
      q: query.q || undefined,
      page: query.page ?? 1,
      pageSize: query.pageSize,
    };
    // The form sends every field, empty ones too: one clean URL per view, to bookmark and to share.
    const canonical = inboxUrl(filter);
    const given = new URLSearchParams(req.originalUrl.split('?')[1] ?? '');
    given.delete('lang');
    if (given.toString() !== new URLSearchParams(canonical.split('?')[1] ?? '').toString()) {
      res.redirect(303, canonical);
      return;
    }
    const pageSize = query.pageSize ?? PAGE_SIZE;
    // Everything but the status: the counts per status show what each status would find.
    const others: ListFilter = {
      channel: filter.channel && [filter.channel],
      handler: filter.mine ? ownNames(staff) : filter.handler ? [filter.handler] : undefined,
      overdue: filter.overdue ? 'true' : undefined,
      q: filter.q,
    };
    const listed: ListFilter = { ...others, status: filter.status ? [filter.status] : OPEN_STATUSES };
    const now = await deps.clock();
    const [{ rows, total, totalExact }, counts, overdueCounts, handlers] = await Promise.all([
      listComplaints(db, listed, { sort: 'nextDeadline', page: filter.page!, pageSize }, now),
      countByStatus(db, others, now),
      countByStatus(db, { ...listed, overdue: 'true' }, now),
      handlerOptions(db),
    ]);
    const labels = new Map(handlers.map((h) => [h.value, h.label]));
    const html = inboxPage(pageContext(req, res, config), {
      filter,
      items: rows.map((row) => ({
        reference: row.reference,
        subject: row.subject,
        complainantName: row.complainantName,
        channel: row.channel as (typeof CHANNELS)[number],
        status: row.status as (typeof REGISTER_STATUSES)[number],
        handler: row.handler ? (labels.get(row.handler) ?? row.handler) : undefined,
        nextDeadlineAt: row.nextDeadlineAt ?? undefined,
        overdue: row.overdue,
      })),
      total,
      totalExact,
      overdueTotal: Object.values(overdueCounts).reduce((a, b) => a + b, 0),
      counts,
      handlers,
      page: filter.page!,
      pages: Math.max(1, Math.ceil(total / pageSize)),
    });
    res.type('html').send(html);
  });

  return router;
}
