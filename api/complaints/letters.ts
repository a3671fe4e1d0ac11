/**
 * Letters to the complainant that staff print and post (R8 confirmations, R9 replies and any
 * message to a complainant without an e-mail address): the PDF to print, and "posted" to record it.
 */
import { Router } from 'express';
import { eventName } from '../../domain/events';
import { z } from 'zod';
import { formatInstant } from '../../activities/format';
import { statusCode } from '../../activities/status-code';
import { letterStatusLines, withStatusLink } from '../../activities/status-link';
import { PATHS } from '../../web/layout';
import type { Language } from '../../domain/channels';
import type { Database } from '../../infra/database';
import type { AppDeps } from '../deps';
import type { StaffMember } from '../auth/accounts';
import { allow, permitted, staffOf } from '../auth/authenticate';
import { notFound, refused } from '../errors';
import { renderLetterPdf, type PrintableLetter } from './letter-pdf';

const idSchema = z.coerce.number().int().positive();

/** Where a letter's printable PDF is, for the queue and the web pages. */
export const letterPdfPath = (reference: string, id: number) =>
  `/api/complaints/${reference}/messages/${id}/letter.pdf`;

export const LETTER_STATUSES = ['to_post', 'posted'] as const;

/** The letters waiting to be printed and posted, the most urgent first; or those posted, the latest first. */
export async function lettersInQueue(db: Database, status: (typeof LETTER_STATUSES)[number]) {
  const letters = await db.message.findMany({
    where: { channel: 'letter', status },
    orderBy: status === 'to_post' ? [{ postBy: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }] : [{ sentAt: 'desc' }],
    take: 200,
    select: {
      id: true,
      reference: true,
      purpose: true,
      subject: true,
      recipient: true,
      createdAt: true,
      postBy: true,
      status: true,
      sentAt: true,
      postedBy: true,
    },
  });
  return letters.map((l) => ({ ...l, pdf: letterPdfPath(l.reference, l.id) }));
}

const queueQuerySchema = z.object({ status: z.enum(LETTER_STATUSES).default('to_post') }).strict();

/** GET /api/letters?status=to_post: the letters waiting to be printed and posted, the most urgent first. */
export function letterQueueRouter(deps: { db: Database }): Router {
  const router = Router();
  router.get('/', allow('complaint.read'), async (req, res) => {
    const { status } = queueQuerySchema.parse(req.query);
    res.json({ items: await lettersInQueue(deps.db, status) });
  });
  return router;
}

async function findLetter(db: Database, reference: string, id: string) {
  const messageId = idSchema.safeParse(id);
  const message = messageId.success
    ? await db.message.findFirst({ where: { id: messageId.data, reference }, include: { complaint: true } })
    : null;
  if (!message) throw notFound(`message ${id} of complaint ${reference}`);
  if (message.channel !== 'letter')
    throw refused(409, 'message_not_letter', { messageId: id, channel: message.channel });
  return message;
}

/**
 * Letter `message` was posted: who and when on record, once. Only a letter still to post changes, in one
 * transaction with its step, so a second "posted" (a retry, a colleague at the same moment, "all posted"
 * after one was marked alone) changes nothing. Says whether this call posted it.
 */
export async function postLetter(
  deps: { db: Database; clock: () => Promise<Date> },
  staff: StaffMember,
  message: { id: number; reference: string; purpose: string },
): Promise<boolean> {
  const at = await deps.clock();
  return deps.db.$transaction(async (tx) => {
    const { count } = await tx.message.updateMany({
      where: { id: message.id, channel: 'letter', status: 'to_post' },
      data: { status: 'posted', sentAt: at, postedBy: staff.id },
    });
    if (count === 0) return false;
    await tx.complaintEvent.create({
      data: {
        key: `${message.reference}/letter-posted-${message.id}`,
        reference: message.reference,
        actor: staff.id,
        action: eventName('letter_posted'),
        detail: JSON.stringify({ messageId: message.id, purpose: message.purpose }),
        at,
      },
    });
    // R9: a reply by letter meets its term when posted, so the reports count it replied from now.
    if (message.purpose === 'reply') {
      await tx.complaint.updateMany({
        where: { reference: message.reference, repliedAt: null },
        data: { repliedAt: at },
      });
    }
    return true;
  });
}

/** The letter was posted: who and when on record, once (a second "posted" changes nothing). */
export async function markPosted(
  deps: { db: Database; clock: () => Promise<Date> },
  staff: StaffMember,
  reference: string,
  id: string,
) {
  const { db } = deps;
  permitted(staff, 'letter.post');
  const message = await findLetter(db, reference, id);
  await postLetter(deps, staff, message);
  return db.message.findUniqueOrThrow({ where: { id: message.id } });
}

/**
 * What a letter prints: R4, the letter still to post carries the complainant's working link; once posted,
 * a copy shows the words the register keeps (activities/status-link.ts).
 */
export function printableLetter(
  deps: Pick<AppDeps, 'config' | 'keys'>,
  message: LetterRow & { complaint: { reference: string; language: string; statusTokenHash: string | null } },
): PrintableLetter {
  const { config } = deps;
  const { complaint } = message;
  // R4: the printed letter is what is sent, so the letter still to post carries the way to the status
  // page: on paper a short address, the reference and a code to type (issue 19 item 7); once posted, a
  // copy shows the words the register keeps (activities/status-link.ts).
  const statusUrl =
    message.status === 'to_post' && complaint.statusTokenHash
      ? letterStatusLines(
          `${config.publicUrl}${PATHS.statusCode}`,
          complaint.reference,
          statusCode(deps.keys, complaint.reference, complaint.statusTokenHash),
          complaint.language as Language,
        )
      : undefined;
  return {
    organisation: config.organisationName,
    recipient: message.recipient,
    date: formatInstant(message.createdAt.toISOString(), complaint.language as Language, config.terms.timeZone),
    subject: message.subject,
    body: withStatusLink(message.body, statusUrl),
  };
}

type LetterRow = Pick<
  Awaited<ReturnType<Database['message']['findUniqueOrThrow']>>,
  'status' | 'recipient' | 'createdAt' | 'subject' | 'body'
>;

export function lettersRouter(deps: AppDeps): Router {
  const { db } = deps;
  const router = Router();

  router.get('/:reference/messages/:id/letter.pdf', allow('complaint.read'), async (req, res) => {
    const message = await findLetter(db, req.params.reference as string, req.params.id as string);
    const pdf = await renderLetterPdf(printableLetter(deps, message));
    res
      .type('application/pdf')
      .setHeader('Content-Disposition', `inline; filename="${message.reference}-${message.id}.pdf"`);
    res.send(pdf);
  });

  router.post('/:reference/messages/:id/posted', allow('letter.post'), async (req, res) => {
    const message = await markPosted(deps, staffOf(res), req.params.reference as string, req.params.id as string);
    res.json({ message });
  });

  return router;
}
