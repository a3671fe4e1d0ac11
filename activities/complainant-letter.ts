/** Turns a message the workflow asks for into the letter the complainant reads, in their language. */
import type { ComplainantMessage } from '../domain/notifications';
import { formatDate, formatInstant } from './format';
import { en } from './templates/en';
import { nl } from './templates/nl';
import type { ComplainantTexts, Letter } from './templates/texts';

const TEXTS: Record<'nl' | 'en', ComplainantTexts> = { nl, en };

export function complainantLetter(m: ComplainantMessage, organisation: string, timeZone: string): Letter {
  const lang = m.complainant.language;
  const texts = TEXTS[lang];
  const context = {
    organisation,
    reference: m.reference,
    name: m.complainant.name,
    complaintSubject: m.complaintSubject,
    receivedOn: formatInstant(m.receivedAt, lang, timeZone),
  };
  switch (m.purpose) {
    case 'acknowledgement':
      return texts.acknowledgement(context, {
        way: m.acknowledgement?.way,
        expectedBy: formatDate(m.acknowledgement!.expectedBy, lang),
      });
    case 'written_confirmation':
      return texts.writtenConfirmation(context, {
        answer: m.oralAnswer!.answer,
        answeredOn: formatInstant(m.oralAnswer!.at, lang, timeZone),
      });
    case 'progress':
      return texts.progress(context, { expectedBy: formatDate(m.acknowledgement!.expectedBy, lang) });
    case 'reply':
      return texts.reply(context, { text: m.text! });
  }
}
