/** /api/lists: the managed lists of services, categories and causes (R6), for operators (keep-lists.ts). */
import { Router, type Request } from 'express';
import { z } from 'zod';
import { MANAGED_LISTS } from '../../domain/managed-lists';
import type { AppDeps } from '../deps';
import { allow, staffOf } from '../auth/authenticate';
import { notFound } from '../errors';
import { addEntry, changeEntry, listOverview, mapValue } from './keep-lists';

const listParam = z.enum(MANAGED_LISTS);
const idParam = z.coerce.number().int().positive();

function listOf(req: Request) {
  const list = listParam.safeParse(req.params.list);
  if (!list.success) throw notFound(`list ${String(req.params.list)}`);
  return list.data;
}

export function listsRouter(deps: AppDeps): Router {
  const router = Router();
  router.get('/', allow('lists.manage'), async (_req, res) => {
    res.json({ lists: await Promise.all(MANAGED_LISTS.map((list) => listOverview(deps.db, list))) });
  });
  router.post('/:list/entries', allow('lists.manage'), async (req, res) => {
    res.status(201).json({ entry: await addEntry(deps, staffOf(res), listOf(req), req.body) });
  });
  router.patch('/:list/entries/:id', allow('lists.manage'), async (req, res) => {
    const list = listOf(req);
    const id = idParam.safeParse(req.params.id);
    if (!id.success) throw notFound(`entry ${String(req.params.id)} of the ${list} list`);
    res.json({ entry: await changeEntry(deps, staffOf(res), list, id.data, req.body) });
  });
  router.post('/:list/mappings', allow('lists.manage'), async (req, res) => {
    res.json(await mapValue(deps, staffOf(res), listOf(req), req.body));
  });
  return router;
}
