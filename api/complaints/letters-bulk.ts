/**
 * The letters to post, all at once: one PDF of them to print, and "all posted" for exactly the letters
 * printed. Both take the letters' IDs as the page listed them, so a letter that came in after printing is
 * neither marked posted unseen nor printed twice; each letter is posted as "posted" does for one
 * (letters.ts postLetter), so a retried request posts nothing twice.
 */
import { Router } from 'express';
import { z } from 'zod';
import type { Database } from '../../infra/database';
import type { AppDeps } from '../deps';
import type { StaffMember } from '../auth/accounts';
import { allow, permitted, staffOf } from '../auth/authenticate';
import { lettersInQueue, postLetter, printableLetter } from './letters';
import { renderLettersPdf } from './letter-pdf';

/** As many as the queue shows at once (letters.ts lettersInQueue). */
const MOST = 200;
const ids = z.array(z.number().int().positive()).min(1, 'required').max(MOST);

export const allPostedSchema = z.object({ ids }).strict();
/** `ids=3,5,8`: the letters printed; without it, every letter waiting to be posted. */
export const printAllQuerySchema = z
  .object({
    ids: z
      .string()
      .regex(/^\d{1,12}(,\d{1,12}){0,199}$/, 'invalid')
      .optional(),
  })
  .strict();

/** The letters still to post among `wanted` (all of them when not given), in the queue's order. */
async function waitingLetters(db: Database, wanted?: number[]) {
  const queue = await lettersInQueue(db, 'to_post');
  const order = queue.map((l) => l.id).filter((id) => !wanted || wanted.includes(id));
  const rows = await db.message.findMany({
    where: { id: { in: order }, channel: 'letter', status: 'to_post' },
    include: { complaint: { select: { reference: true, language: true, statusTokenHash: true } } },
  });
  return order.map((id) => rows.find((r) => r.id === id)).filter((r) => r !== undefined);
}

/** One PDF of the letters to post (or of those of `wanted` still to post); null when there are none. */
export async function printAllLetters(deps: AppDeps, wanted?: number[]) {
  const letters = await waitingLetters(deps.db, wanted);
  if (!letters.length) return null;
  const pdf = await renderLettersPdf(
    letters.map((l) => printableLetter(deps, l)),
    letters.map((l) => l.reference).join(', '),
  );
  return { pdf, ids: letters.map((l) => l.id) };
}

/** Letters `wanted` posted, each once: those this call posted, and those that were posted already. */
export async function markAllPosted(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  staff: StaffMember,
  wanted: number[],
): Promise<{ posted: number[]; already: number[] }> {
  permitted(staff, 'letter.post');
  const letters = await deps.db.message.findMany({
    where: { id: { in: wanted }, channel: 'letter' },
    select: { id: true, reference: true, purpose: true },
    orderBy: { id: 'asc' },
  });
  const posted: number[] = [];
  const already: number[] = [];
  // One after the other: each is its own small transaction, and a retry finds the ones done already.
  for (const letter of letters) ((await postLetter(deps, staff, letter)) ? posted : already).push(letter.id);
  return { posted, already };
}

const idList = (ids?: string) => ids?.split(',').map(Number);

/** GET /api/letters/to-post.pdf?ids=… and POST /api/letters/posted { ids }. */
export function lettersBulkRouter(deps: AppDeps): Router {
  const router = Router();
  router.get('/to-post.pdf', allow('complaint.read'), async (req, res) => {
    const query = printAllQuerySchema.parse(req.query);
    const printed = await printAllLetters(deps, idList(query.ids));
    if (!printed) {
      res.status(204).end();
      return;
    }
    res.type('application/pdf').setHeader('Content-Disposition', 'inline; filename="letters-to-post.pdf"');
    res.send(printed.pdf);
  });
  router.post('/posted', allow('letter.post'), async (req, res) => {
    const { ids: wanted } = allPostedSchema.parse(req.body);
    res.json(await markAllPosted(deps, staffOf(res), wanted));
  });
  return router;
}
