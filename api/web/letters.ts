/** /app/letters: the queue of letters to post, from the same query as GET /api/letters (letters.ts). */
import { Router } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../deps';
import { requirePermission } from '../auth/authenticate';
import { may } from '../auth/roles';
import { LETTER_STATUSES, lettersInQueue } from '../complaints/letters';
import { referenceSchema } from '../complaints/schemas';
import { lettersPage } from '../../web/pages/letters';
import { pageContext } from './context';

const query = z.object({
  status: z.enum(LETTER_STATUSES).default('to_post'),
  posted: referenceSchema.optional().catch(undefined),
});

export function lettersPageRouter(deps: AppDeps): Router {
  const router = Router();
  router.get('/letters', async (req, res) => {
    const staff = requirePermission(res, 'complaint.read');
    const { status, posted } = query.parse(req.query);
    const [letters, now] = await Promise.all([lettersInQueue(deps.db, status), deps.clock()]);
    const html = lettersPage(pageContext(req, res, deps.config), {
      status,
      mayPost: may(staff.roles, 'letter.post'),
      posted,
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
        postedBy: l.postedBy ?? undefined,
      })),
    });
    res.type('html').send(html);
  });
  return router;
}
