import type { ContactLabels } from '../../domain/organisation-contact';

/** The shape every language's texts share (R5: clear, polite, and saying what happens next and when). */
export interface Letter {
  subject: string;
  body: string;
}

export interface LetterContext {
  organisation: string;
  /** How to reach the organisation, as lines under its name (domain/organisation-contact.ts). */
  contact: string[];
  reference: string;
  name: string;
  complaintSubject: string;
  /** The date of receipt, written out for the reader. */
  receivedOn: string;
  /**
   * R4: the complainant's private link to follow the complaint; in every message that has one. Written on
   * a line of its own: messages are rendered with words in its place, and the link is put in at sending.
   */
  statusUrl?: string;
}

/** What happens next: the step, and its deadline as the reader says it ("9 december 2026"). */
export interface NextInWords {
  step: 'reply' | 'call_back' | 'close' | 'none';
  by?: string;
}

export interface ComplainantTexts {
  /** The words before the organisation's phone, e-mail address and website. */
  contactLabels: ContactLabels;
  /** R4: at intake: registered, what happens next and by when, and the status link. */
  receipt(c: LetterContext, a: { next: NextInWords }): Letter;
  /**
   * R3/R10 for a complaint entered after its acknowledgement moment: the one message it gets at entry — a
   * receipt that says sorry for the delay and gives the date of the reply.
   */
  lateReceipt(c: LetterContext, a: { expectedBy: string }): Letter;
  /** R3/R10; `way` absent: the standard text of the automatic acknowledgement. */
  acknowledgement(c: LetterContext, a: { way?: string; expectedBy: string }): Letter;
  /** R4/R10: a promise changed; the complainant hears the new date and why. */
  newDate(
    c: LetterContext,
    a: { way?: string; expectedBy: string; previousExpectedBy: string; later: boolean },
  ): Letter;
  /** R8 */
  writtenConfirmation(c: LetterContext, a: { answer: string; answeredOn: string }): Letter;
  /** R4: the promised date was missed. */
  progress(c: LetterContext, a: { expectedBy: string }): Letter;
  /** R9 */
  reply(c: LetterContext, a: { text: string }): Letter;
  /** R4: the complaint is handled again, and answered by this date. */
  reopened(c: LetterContext, a: { expectedBy: string }): Letter;
  /** R4: a message from staff in between. */
  interim(c: LetterContext, a: { subject?: string; text: string }): Letter;
  /** R4: the status link, asked for again. */
  statusLink(c: LetterContext): Letter;
  /**
   * R4/R6: the complaint is closed; the status link, where the satisfaction question is. `replyByPost`:
   * the answer is a letter that may still be on its way.
   */
  closed(c: LetterContext, a: { replyByPost: boolean }): Letter;
}
