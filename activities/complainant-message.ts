/**
 * A message to the complainant as the register row makes it: what the letter says about the complaint,
 * and where it goes. One place for the sending activity and the staff's preview (api/web/message-preview.ts),
 * so that what staff see before sending is what goes.
 */
import type { Language } from '../domain/channels';
import type { LetterSubject } from './complainant-letter';
import { STATUS_LINK_WORDS } from './status-link';

/** The columns of a complaint's register row that a message is made from. */
export interface ComplainantRow {
  reference: string;
  complainantName: string;
  complainantEmail: string | null;
  complainantAddress: string | null;
  subject: string;
  receivedAt: Date;
  language: string;
  statusTokenSealed: string | null;
}

/** The message is written, and kept, with words where the link goes: the link is put in when it is sent. */
export function letterSubjectOf(c: ComplainantRow): LetterSubject {
  return {
    reference: c.reference,
    name: c.complainantName,
    subject: c.subject,
    receivedAt: c.receivedAt.toISOString(),
    language: c.language as Language,
    statusUrl: c.statusTokenSealed ? STATUS_LINK_WORDS[c.language as Language] : undefined,
  };
}

/** Who the complainant is and how to reach them, as the register has it at this moment. */
export function addresseeOf(c: ComplainantRow, wanted?: 'email' | 'letter') {
  const choice = wanted ?? (c.complainantEmail ? 'email' : 'letter');
  // The workflow checked that the route exists; should the address be gone since, a letter is the way left.
  const channel: 'email' | 'letter' = choice === 'email' && c.complainantEmail ? 'email' : 'letter';
  const envelope = [c.complainantName, c.complainantAddress].filter(Boolean).join('\n');
  return { channel, recipient: channel === 'email' ? c.complainantEmail! : envelope };
}
