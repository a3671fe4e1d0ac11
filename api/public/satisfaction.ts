/**
 * R6, how the outside world sees us: after closing, the complainant's status page asks one question —
 * how satisfied are you with how your complaint was handled (1–5), with room for a comment — once.
 * The answer is on record for the reports.
 */
import { z } from 'zod';
import { eventName } from '../../domain/events';
import { optionalText } from '../../domain/actions';
import { refuse } from '../../domain/refusals';
import type { Database } from '../../infra/database';
import { complaintByToken } from './complainant-view';

export const satisfactionSchema = z
  .object({
    // One of five radio buttons: none chosen is a choice to make, not a number to fix.
    score: z.coerce.number({ message: 'choose' }).int('choose').min(1, 'score').max(5, 'score'),
    comment: optionalText(2_000),
  })
  .strict();

export async function recordSatisfaction(db: Database, token: string, body: unknown, at: Date): Promise<void> {
  const answer = satisfactionSchema.parse(body);
  const row = await complaintByToken(db, token);
  if (row.status !== 'closed') refuse('satisfaction_not_closed');
  if (row.satisfactionScore !== null) refuse('satisfaction_answered');
  await db.$transaction([
    db.complaint.update({
      where: { reference: row.reference },
      data: { satisfactionScore: answer.score, satisfactionComment: answer.comment ?? null, satisfactionAt: at },
    }),
    db.complaintEvent.create({
      data: {
        key: `${row.reference}/satisfaction`,
        reference: row.reference,
        actor: 'public',
        action: eventName('satisfaction'),
        detail: JSON.stringify(answer),
        at,
      },
    }),
  ]);
}
