/**
 * AVG/GDPR: one complaint's personal data out of the register, in one transaction — after its retention
 * period, or at once on request. Removed: who the complainant is and how to reach them, every text about
 * the complaint (subject, description, notes, oral answers, replies, letters, message bodies, reasons,
 * the satisfaction comment), the status link, the intake key, the messages the complainant sent us, and
 * every attachment (its row and its file).
 * Kept: the reference, the dates, channel, service, category, cause, corrective action, terms and
 * outcomes, every step's action, actor, moment and deadlines, so that the reports (reports/) count the
 * complaint as before. The step "anonymised" records who, when and why. Anonymising twice does nothing.
 */
import { COMPLAINANT_MESSAGE_PURPOSES } from '../domain/notifications';
import { ANONYMISED_EVENT } from '../domain/privacy';
import { engineOf, type Database } from '../infra/database';
import type { AttachmentStore } from '../infra/attachment-store';
import { searchTextOf } from '../domain/search-text';

/** The facts of a step's detail that name no one and quote no one; every other fact is dropped. */
export const KEPT_DETAILS = [
  'outcome',
  'channel',
  'expectedBy',
  'automatic',
  'late',
  'due',
  'reminder',
  'reminders',
  'message',
  'messageId',
  'postBy',
  'replyDueAt',
  'handler',
  'category',
  'cause',
  'correctiveAction',
  'score',
  'format',
] as const;

/** Steps that are themselves what the complainant told us: removed, not kept without their text. */
const REMOVED_STEPS = ['incoming_message'];

/** Messages that had not gone out: they never will, and must leave the letters-to-post queue. */
const UNSENT = ['pending', 'to_post', 'failed'];

/** Who and why, on record with the step: a staff account's reason, or the retention schedule's cut-off. */
export type Anonymisation = { at: Date } & (
  | { by: string; reason: string }
  | { by: 'system'; /** ISO: complaints closed or withdrawn before this moment */ retention: string }
);

function keptDetail(detail: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(detail);
  } catch {
    return '{}';
  }
  if (!parsed || typeof parsed !== 'object') return '{}';
  const kept = Object.entries(parsed).filter(([key]) => (KEPT_DETAILS as readonly string[]).includes(key));
  return JSON.stringify(Object.fromEntries(kept));
}

function keptAnswerAtOnce(answeredAtOnce: string | null): string | null {
  if (!answeredAtOnce) return null;
  // R7: that it was answered at once, by whom and when, is an outcome; what was said is not kept.
  const { by, at } = JSON.parse(answeredAtOnce) as { by?: string; at?: string };
  return JSON.stringify({ by, at });
}

/**
 * Anonymises complaint `reference`; false when it was anonymised already. Its attachments' rows go in the
 * transaction, their files from `files` after it (a file left by a crash between is unreadable without
 * its row, and a repeat finds no row to remove it by: the store's names are random).
 */
export async function anonymiseComplaint(
  db: Database,
  reference: string,
  how: Anonymisation,
  files: Pick<AttachmentStore, 'remove'>,
): Promise<boolean> {
  const removed: string[] = [];
  const done = await db.$transaction(async (tx) => {
    const row = await tx.complaint.findUniqueOrThrow({ where: { reference } });
    if (row.anonymisedAt) return false;
    const attachments = await tx.attachment.findMany({ where: { reference }, select: { storedAs: true } });
    removed.push(...attachments.map((a) => a.storedAs));
    await tx.attachment.deleteMany({ where: { reference } });
    await tx.complaint.update({
      where: { reference },
      data: {
        subject: '',
        description: '',
        complainantName: '',
        complainantEmail: null,
        complainantPhone: null,
        complainantAddress: null,
        answeredAtOnce: keptAnswerAtOnce(row.answeredAtOnce),
        intakeKey: null,
        statusTokenHash: null,
        statusTokenSealed: null,
        satisfactionComment: null,
        // Found by its reference only: the folded text held the name, the e-mail address and the complaint's words.
        searchText: searchTextOf({ reference, subject: '', description: '', complainantName: '' }),
        anonymisedAt: how.at,
      },
    });
    await tx.complaintEvent.deleteMany({ where: { reference, action: { in: REMOVED_STEPS } } });
    const steps = await tx.complaintEvent.findMany({ where: { reference }, select: { id: true, detail: true } });
    for (const step of steps) {
      const detail = keptDetail(step.detail);
      if (detail !== step.detail) await tx.complaintEvent.update({ where: { id: step.id }, data: { detail } });
    }
    // Staff notices keep their (staff) recipient; the complainant's address goes with everything else.
    const toComplainant = { reference, purpose: { in: [...COMPLAINANT_MESSAGE_PURPOSES] } };
    await tx.message.updateMany({ where: { ...toComplainant, status: { in: UNSENT } }, data: { status: 'cancelled' } });
    await tx.message.updateMany({ where: toComplainant, data: { recipient: '' } });
    await tx.message.updateMany({ where: { reference }, data: { subject: '', body: '' } });
    // Issue 21: the mails that joined it or made it (their row keeps only that they came, and when).
    await tx.incomingMail.updateMany({
      where: { reference },
      data: { fromAddress: '', fromName: null, subject: '', text: '', inReplyTo: null, reason: null },
    });
    await tx.complaintEvent.create({
      data: {
        key: `${reference}/${ANONYMISED_EVENT}`,
        reference,
        actor: how.by,
        action: ANONYMISED_EVENT,
        detail: JSON.stringify('reason' in how ? { reason: how.reason } : { retention: how.retention }),
        at: how.at,
      },
    });
    return true;
  });
  await files.remove(removed);
  if (done) await forgetOldPages(db);
  return done;
}

/**
 * In write-ahead logging the pages as they were before the transaction stay in the -wal file until a
 * checkpoint: copied into the register and the log emptied, the erased data is gone from the files too
 * (test/erasure-on-disk.test.ts). SQLite only; when a reader holds the log the checkpoint does what it can
 * and the log's start over later overwrites the rest. PostgreSQL's old row versions go at VACUUM.
 */
async function forgetOldPages(db: Database): Promise<void> {
  if (engineOf(db) !== 'sqlite') return;
  // Best effort, after the anonymisation has committed: a checkpoint that cannot run now must not turn a
  // done erasure into an error; the log's next start over overwrites the old pages.
  await db.$queryRawUnsafe('PRAGMA wal_checkpoint(TRUNCATE)').catch(() => undefined);
}
