/**
 * The requests staff send for a planned life. Dates that depend on the moment of sending (a receipt
 * days back, a promised date weeks ahead) are made at that moment, from the simulated clock, as staff
 * would read them off the calendar on the wall.
 */
import { addDays, localDate } from '../../domain/calendar';
import { kindOf } from '../../domain/channels';
import type { Role } from '../../domain/roles';
import { DAY, type Life, type PlannedAction } from './plan';

const NAMES = ['Jan Jansen', 'Fatima el Amrani', 'Şükrü Öztürk', 'Sara Koster', 'Kees de Vries', 'Anneke Łukasik'];
const SUBJECTS = [
  ['Factuur klopt niet', 'Ik heb voor dezelfde behandeling twee keer een factuur gekregen.', 'facturatie'],
  ['Onvriendelijk behandeld', 'De medewerker aan de balie was kortaf en hielp mij niet verder.', 'balie'],
  ['Wachttijd te lang', 'Ik wacht al drie weken op een afspraak.', undefined],
] as const;

/** The complainant's e-mail address: one per life, so every mail can be traced to its life. */
export const emailOf = (life: Life) => `klager-${life.id}@example.nl`;

/** The receipt as intake types it: a moment or a date days back; absent when it arrived just now. */
function receivedAt(life: Life, now: Date, timeZone: string): string | undefined {
  if (life.receiptAsDate) return addDays(localDate(now.toISOString(), timeZone), -life.receiptDaysBack);
  if (life.receiptDaysBack === 0) return undefined;
  return new Date(now.getTime() - life.receiptDaysBack * DAY).toISOString();
}

export function intakeBody(life: Life, now: Date, timeZone: string): Record<string, unknown> {
  const [subject, description, service] = SUBJECTS[life.id % SUBJECTS.length];
  const email = life.contact === 'email' || life.contact === 'both';
  const postal = life.contact === 'postal' || life.contact === 'both';
  return {
    channel: life.channel,
    receivedAt: receivedAt(life, now, timeZone),
    complainant: {
      name: NAMES[life.id % NAMES.length],
      language: life.language,
      ...(email ? { email: emailOf(life) } : {}),
      ...(postal ? { address: `Grotestraat ${life.id + 1}\n7622 GM Borne` } : {}),
      ...(kindOf(life.channel) === 'oral' ? { phone: '074 123 4567' } : {}),
    },
    subject,
    description,
    service,
    ...(life.answeredAtOnce ? { answeredAtOnce: { answer: 'Excuses; wij lossen het vandaag nog op.' } } : {}),
  };
}

/** Only an authorised representative may register an oral complaint with the answer given at once (R7). */
export const intakeRole = (life: Life): Role => (life.answeredAtOnce ? 'representative' : 'intake');

export function actionBody(action: PlannedAction, now: Date, timeZone: string): Record<string, unknown> {
  if (action.aheadDays === undefined) return action.body;
  return { ...action.body, expectedBy: addDays(localDate(now.toISOString(), timeZone), action.aheadDays) };
}
