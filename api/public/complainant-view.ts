/**
 * What a complainant may see of their complaint through their private status link: where it stands,
 * by when they hear from us, and what we sent them. Nothing internal: no notes, staff names or events.
 */
import type { Client } from '@temporalio/client';
import { formatDate } from '../../activities/format';
import { lastDayBefore } from '../../domain/calendar';
import type { Language } from '../../domain/channels';
import { COMPLAINANT_MESSAGE_PURPOSES } from '../../domain/notifications';
import type { Config } from '../../infra/config';
import type { Database } from '../../infra/database';
import { hashToken } from '../auth/tokens';
import { liveState } from '../complaints/live-state';
import { notFound } from '../errors';
import { laterThanPromisedText, replyByText, statusText } from './status-texts';

export interface ComplainantView {
  reference: string;
  subject: string;
  receivedAt: string;
  status: string;
  statusText: string;
  /** When the complainant will hear from us, if a reply is still due. */
  replyExpectedBy: string | null;
  replyExpectedByText: string | null;
  /** What we sent, with its content: e-mails sent, letters posted (or still to be posted). */
  messages: { subject: string; channel: string; sentAt: string | null; body: string }[];
  /** The files the complainant sent with the complaint (their own: no staff file shows here). */
  attachments: { id: number; fileName: string; mediaType: string; size: number; at: string }[];
  /** R6: after closing the complainant is asked, once, how satisfied they are. */
  satisfaction: { asked: boolean; answer: { score: number; comment: string | null } | null };
  language: Language;
  organisation: string;
}

/** A complaint by its status link token, or 404 (also for anything that cannot be a token). */
export async function complaintByToken(db: Database, token: string) {
  const row = /^[A-Za-z0-9_-]{20,100}$/.test(token)
    ? await db.complaint.findUnique({
        where: { statusTokenHash: hashToken(token) },
        include: { messages: true, attachments: { where: { source: 'complainant' }, orderBy: { id: 'asc' } } },
      })
    : null;
  if (!row) throw notFound('status link');
  return row;
}

const SHOWN = new Set(['sent', 'to_post', 'posted']);

export async function complainantView(
  deps: { db: Database; client: Client; config: Config; clock: () => Promise<Date> },
  token: string,
  /** The page's language, when the reader chose one; else the complainant's. */
  chosen?: Language,
): Promise<ComplainantView> {
  const { db, client, config } = deps;
  const row = await complaintByToken(db, token);
  const language = chosen ?? (row.language as Language);
  // Without Temporal the page still shows the register's status; only the date is missing.
  const state = await liveState(client, row.reference);
  const status = state?.phase ?? row.status;
  const due = state?.next?.step === 'reply' ? (state.next.due ?? null) : null;
  // A date that has passed is no promise any more: the complainant reads that we are late, and what now.
  const late = due !== null && Date.parse(due) <= (await deps.clock()).getTime();
  // The term ends at midnight; the last day to expect the reply is the day before that instant.
  const day = due && formatDate(lastDayBefore(due, config.terms.timeZone), language);
  return {
    reference: row.reference,
    subject: row.subject,
    receivedAt: row.receivedAt.toISOString(),
    status,
    statusText: statusText(status, language),
    replyExpectedBy: late ? null : due,
    replyExpectedByText: day ? (late ? laterThanPromisedText(day, language) : replyByText(day, language)) : null,
    messages: row.messages
      .filter((m) => (COMPLAINANT_MESSAGE_PURPOSES as readonly string[]).includes(m.purpose) && SHOWN.has(m.status))
      .map((m) => ({ subject: m.subject, channel: m.channel, sentAt: m.sentAt?.toISOString() ?? null, body: m.body })),
    attachments: row.attachments.map((a) => ({
      id: a.id,
      fileName: a.fileName,
      mediaType: a.mediaType,
      size: a.size,
      at: a.createdAt.toISOString(),
    })),
    satisfaction: {
      asked: status === 'closed' && row.satisfactionScore === null,
      answer:
        row.satisfactionScore === null ? null : { score: row.satisfactionScore, comment: row.satisfactionComment },
    },
    language,
    organisation: config.organisationName,
  };
}
