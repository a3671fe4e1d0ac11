/** /app/letters: the queue of letters to post, from the same query as GET /api/letters (letters.ts). */
import { Router } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../deps';
import { requirePermission, staffOf } from '../auth/authenticate';
import { markAllPosted, printAllQuerySchema } from '../complaints/letters-bulk';
import { PATHS } from '../../web/layout';
import { may } from '../auth/roles';
import { LETTER_STATUSES, lettersInQueue } from '../complaints/letters';
import { referenceSchema } from '../complaints/schemas';
import { lettersPage } from '../../web/pages/letters';
import { pageContext } from './context';

const query = z.object({
  status: z.enum(LETTER_STATUSES).default('to_post'),
  posted: referenceSchema.optional().catch(undefined),
  postedAll: z.coerce.number().int().min(0).optional().catch(undefined),
});

/** The letters the page listed, as its "all posted" form sends them: `3,5,8`. */
const postedForm = z.object({ ids: printAllQuerySchema.shape.ids.unwrap() });

export function lettersPageRouter(deps: AppDeps): Router {
  const router = Router();
  router.get('/letters', async (req, res) => {
    const staff = requirePermission(res, 'complaint.read');
    const { status, posted, postedAll } = query.parse(req.query);
    const [letters, now] = await Promise.all([lettersInQueue(deps.db, status), deps.clock()]);
    // Who posted it by the person's name, as everywhere else on the desk (issue 19), not the login name.
    const posters = [...new Set(letters.flatMap((l) => (l.postedBy ? [l.postedBy] : [])))];
    const names = new Map(
      (await deps.db.staffAccount.findMany({ where: { id: { in: posters } }, select: { id: true, name: true } })).map(
        (a) => [a.id, a.name],
      ),
    );
    const html = lettersPage(pageContext(req, res, deps.config), {
      status,
      mayPost: may(staff.roles, 'letter.post'),
      posted,
      postedAll,
      items: letters.map((l) => ({
        id: l.id,
        reference: l.reference,
        purpose: l.purpose,
        subject: l.subject,
        recipient: l.recipient,
        postBy: l.postBy ?? undefined,
        overdue: status === 'to_post' && !!l.postBy && l.postBy.getTime() <= now.getTime(),
        pdf: l.pdf,
        postedAt: l.sentAt ?? undefined,
        postedBy: l.postedBy ? (names.get(l.postedBy) ?? l.postedBy) : undefined,
      })),
    });
    res.type('html').send(html);
  });

  /** "All posted": the letters the page listed, each once; back to the queue, saying how many this post recorded. */
  router.post('/letters/posted', async (req, res) => {
    const { ids } = postedForm.parse(req.body ?? {});
    const { posted } = await markAllPosted(deps, staffOf(res), ids.split(',').map(Number));
    res.redirect(303, `${PATHS.letters}?postedAll=${posted.length}`);
  });
  return router;
}
