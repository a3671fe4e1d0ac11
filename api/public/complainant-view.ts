/**
 * What a complainant may see of their complaint through their private status link: where it stands,
 * by when they hear from us, and what we sent them. Nothing internal: no notes, staff names or events.
 */
import type { Client } from '@temporalio/client';
import { formatInstant } from '../../activities/format';
import type { Language } from '../../domain/channels';
import { COMPLAINANT_MESSAGE_PURPOSES } from '../../domain/notifications';
import type { Config } from '../../infra/config';
import type { Database } from '../../infra/database';
import { hashToken } from '../auth/tokens';
import { liveState } from '../complaints/live-state';
import { notFound } from '../errors';
import { replyByText, statusText } from './status-texts';

export interface ComplainantView {
  reference: string;
  subject: string;
  receivedAt: string;
  status: string;
  statusText: string;
  /** When the complainant will hear from us, if a reply is still due. */
  replyExpectedBy: string | null;
  replyExpectedByText: string | null;
  messages: { subject: string; channel: string; sentAt: string | null }[];
  language: Language;
  organisation: string;
}

export async function complainantView(
  deps: { db: Database; client: Client; config: Config },
  token: string,
): Promise<ComplainantView> {
  const { db, client, config } = deps;
  const row = /^[A-Za-z0-9_-]{20,100}$/.test(token)
    ? await db.complaint.findUnique({ where: { statusTokenHash: hashToken(token) }, include: { messages: true } })
    : null;
  if (!row) throw notFound('status link');
  const language = row.language as Language;
  // Without Temporal the page still shows the register's status; only the date is missing.
  const state = await liveState(client, row.reference);
  const status = state?.phase ?? row.status;
  const replyExpectedBy = state?.next?.step === 'reply' ? (state.next.due ?? null) : null;
  // The term ends at midnight; the last day to expect the reply is the day before that instant.
  const lastDay = replyExpectedBy && new Date(Date.parse(replyExpectedBy) - 1).toISOString();
  const formattedDate = lastDay ? formatInstant(lastDay, language, config.terms.timeZone) : null;
  return {
    reference: row.reference,
    subject: row.subject,
    receivedAt: row.receivedAt.toISOString(),
    status,
    statusText: statusText(status, language),
    replyExpectedBy,
    replyExpectedByText: formattedDate && replyByText(formattedDate, language),
    messages: row.messages
      .filter((m) => (COMPLAINANT_MESSAGE_PURPOSES as readonly string[]).includes(m.purpose))
      .map((m) => ({ subject: m.subject, channel: m.channel, sentAt: m.sentAt?.toISOString() ?? null })),
    language,
    organisation: config.organisationName,
  };
}
