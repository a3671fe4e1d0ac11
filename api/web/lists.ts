/**
 * /app/lists: the page of web/pages/lists.ts on the same functions as /api/lists (api/lists/keep-lists.ts).
 * Each form posts and comes back with a redirect that says what was done; a refused one comes back with
 * its problem at its field.
 */
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { MANAGED_LISTS, type ManagedList } from '../../domain/managed-lists';
import type { AppDeps } from '../deps';
import { requirePermission, staffOf } from '../auth/authenticate';
import { notFound } from '../errors';
import { addEntry, changeEntry, listOverview, mapValue } from '../lists/keep-lists';
import type { FormState } from '../../web/forms';
import type { Texts } from '../../web/i18n';
import { PATHS } from '../../web/layout';
import { LIST_FORMS, listsPage, type ListsView } from '../../web/pages/lists';
import { pageContext } from './context';
import { formFailure, formState } from './form-problems';

const DONE = ['added', 'renamed', 'retired', 'restored', 'mapped'] as const;
const query = z.object({
  done: z.enum(DONE).optional().catch(undefined),
  count: z.coerce.number().int().min(0).optional().catch(undefined),
});
const text = (v: unknown) => (typeof v === 'string' ? v : '');

function listOf(req: Request): ManagedList {
  const list = z.enum(MANAGED_LISTS).safeParse(req.params.list);
  if (!list.success) throw notFound(`list ${String(req.params.list)}`);
  return list.data;
}

export function listsPageRouter(deps: AppDeps): Router {
  const router = Router();

  async function render(req: Request, res: Response, status: number, extra: Partial<ListsView> = {}) {
    requirePermission(res, 'lists.manage');
    const lists = await Promise.all(MANAGED_LISTS.map((list) => listOverview(deps.db, list)));
    res
      .status(status)
      .type('html')
      .send(listsPage(pageContext(req, res, deps.config), { lists, ...extra }));
  }

  /** Runs a form's change; a refusal comes back as form `form` with its problems at its fields. */
  async function handle(
    req: Request,
    res: Response,
    form: string,
    /** The form's one field and its label as the page shows it. */
    label: (t: Texts['lists']) => Record<string, string>,
    change: () => Promise<string>,
  ) {
    try {
      res.redirect(303, `${PATHS.lists}?${await change()}`);
    } catch (error) {
      const failure = formFailure(error);
      if (!failure) throw error;
      const ctx = pageContext(req, res, deps.config);
      const state: FormState = formState(ctx.t, form, req.body, failure, label(ctx.t.lists));
      await render(req, res, failure.status, { form: state });
    }
  }

  router.get('/lists', async (req, res) => {
    const { done, count } = query.parse(req.query);
    await render(req, res, 200, done ? { done: { what: done, count } } : {});
  });

  router.post('/lists/:list/entries', async (req, res) => {
    const list = listOf(req);
    await handle(
      req,
      res,
      LIST_FORMS.add(list),
      (t) => ({ name: t.add(t.one[list]) }),
      async () => {
        await addEntry(deps, staffOf(res), list, { name: text(req.body?.name) });
        return 'done=added';
      },
    );
  });

  router.post('/lists/:list/entries/:id', async (req, res) => {
    const list = listOf(req);
    const id = Number(req.params.id);
    if (!Number.isSafeInteger(id) || id <= 0) throw notFound(`entry ${String(req.params.id)}`);
    const entry = await deps.db.listEntry.findFirst({ where: { id, list } });
    const label = (t: Texts['lists']) => ({ name: t.newName(entry?.name ?? '') });
    await handle(req, res, LIST_FORMS.rename(id), label, async () => {
      const retired = req.body?.retired;
      if (retired === 'yes' || retired === 'no') {
        await changeEntry(deps, staffOf(res), list, id, { retired: retired === 'yes' });
        return `done=${retired === 'yes' ? 'retired' : 'restored'}`;
      }
      await changeEntry(deps, staffOf(res), list, id, { name: text(req.body?.name) });
      return 'done=renamed';
    });
  });

  router.post('/lists/:list/mappings', async (req, res) => {
    const list = listOf(req);
    const value = text(req.body?.value);
    const overview = await listOverview(deps.db, list);
    const index = Math.max(
      0,
      overview.unmapped.findIndex((u) => u.value === value),
    );
    await handle(
      req,
      res,
      LIST_FORMS.map(list, index),
      (t) => ({ entryId: t.mapTo(value) }),
      async () => {
        const entryId = text(req.body?.entryId);
        const mapped = await mapValue(deps, staffOf(res), list, {
          value,
          entryId: /^\d{1,12}$/.test(entryId) ? Number(entryId) : 0,
        });
        return `done=mapped&count=${mapped.complaints}`;
      },
    );
  });

  return router;
}
