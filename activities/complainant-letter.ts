/** Turns a message the workflow asks for into the letter the complainant reads, in their language. */
import type { Language } from '../domain/channels';
import type { ComplainantMessage } from '../domain/notifications';
import { contactLines, type OrganisationContact } from '../domain/organisation-contact';
import { formatDate, formatInstant, formatInstantWithTime } from './format';
import { en } from './templates/en';
import { nl } from './templates/nl';
import type { ComplainantTexts, Letter } from './templates/texts';

const TEXTS: Record<Language, ComplainantTexts> = { nl, en };

/** What a letter says about the complaint it is about, as the register has it now. */
export interface LetterSubject {
  reference: string;
  name: string;
  subject: string;
  receivedAt: string;
  language: Language;
  /** Where the complainant's private status link goes (its words, see status-link.ts), when the complaint has one. */
  statusUrl?: string;
}

/** Who writes: the organisation's name and how to reach it (configuration). */
export interface Sender {
  organisation: string;
  contact: OrganisationContact;
}

export function complainantLetter(m: ComplainantMessage, c: LetterSubject, sender: Sender, timeZone: string): Letter {
  const texts = TEXTS[c.language];
  const date = (d: string) => formatDate(d, c.language);
  const context = {
    organisation: sender.organisation,
    contact: contactLines(sender.contact, texts.contactLabels),
    reference: c.reference,
    name: c.name,
    complaintSubject: c.subject,
    receivedOn: formatInstant(c.receivedAt, c.language, timeZone),
    statusUrl: c.statusUrl,
  };
  switch (m.purpose) {
    case 'receipt': {
      const next = m.next;
      const by = next?.day ? date(next.day) : next?.due && formatInstantWithTime(next.due, c.language, timeZone);
      return texts.receipt(context, { next: { step: next?.step ?? 'none', by } });
    }
    case 'late_receipt':
      return texts.lateReceipt(context, { expectedBy: date(m.acknowledgement!.expectedBy) });
    case 'acknowledgement':
      return texts.acknowledgement(context, {
        way: m.acknowledgement?.way,
        expectedBy: date(m.acknowledgement!.expectedBy),
      });
    case 'new_date':
      return texts.newDate(context, {
        way: m.acknowledgement?.way,
        expectedBy: date(m.acknowledgement!.expectedBy),
        previousExpectedBy: date(m.previousExpectedBy!),
        later: m.acknowledgement!.expectedBy > m.previousExpectedBy!,
      });
    case 'written_confirmation':
      return texts.writtenConfirmation(context, {
        answer: m.oralAnswer!.answer,
        answeredOn: formatInstant(m.oralAnswer!.at, c.language, timeZone),
      });
    case 'progress':
      return texts.progress(context, { expectedBy: date(m.acknowledgement!.expectedBy) });
    case 'reply':
      return texts.reply(context, { text: m.text! });
    case 'reopened':
      return texts.reopened(context, { expectedBy: date(m.acknowledgement!.expectedBy) });
    case 'interim':
      return texts.interim(context, { subject: m.subject, text: m.text! });
    case 'status_link':
      return texts.statusLink(context);
    case 'closed':
      return texts.closed(context, { replyByPost: !!m.replyByPost });
  }
}
