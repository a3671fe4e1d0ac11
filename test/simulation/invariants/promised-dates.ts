/**
 * R4/R10: no message promises a date that has passed. Every message that makes a promise — the
 * acknowledgement, a late entry's receipt, a new date, a reopening: `acknowledgement-N`, whatever its
 * purpose — names the date of the N-th event that made a promise (`acknowledged` or `reopened`, see
 * promises.ts), and that date lies after the local date on which the message was sent (or queued as a letter).
 */
import { localDate } from '../../../domain/calendar';
import type { Language } from '../../../domain/channels';
import { promisesMade } from '../promises';
import { perLife } from './violation';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** A date as the letter writes it, e.g. "7 januari 2027" / "7 January 2027". */
const written = (date: string, language: Language) =>
  new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );

export const promisedDatesAhead = perLife((r) => {
  const problems: string[] = [];
  const promises = promisesMade(r);
  const language = (r.complaint?.language ?? 'nl') as Language;
  for (const m of r.messages) {
    const n = Number(/\/acknowledgement-(\d+)$/.exec(m.key)?.[1]);
    if (!n) continue;
    const made = promises[n - 1];
    if (!made) {
      problems.push(`${m.key} (${m.purpose}) has no promise #${n} on record`);
      continue;
    }
    // A reopening's promise goes out as the reopening's message, every other one as an acknowledgement.
    if ((made.action === 'reopened') !== (m.purpose === 'reopened')) {
      problems.push(`${m.key} (${m.purpose}) carries the promise of a \`${made.action}\` event`);
    }
    const promised = String(made.detail.expectedBy);
    if (!m.body.includes(written(promised, language))) problems.push(`${m.key} does not name ${promised}`);
    const sent = m.status === 'pending' ? undefined : m.run?.completedAt;
    if (sent === undefined) continue; // it never reached the complainant
    const day = localDate(new Date(sent).toISOString(), r.terms.timeZone);
    if (!(promised > day)) problems.push(`${m.key} went out on ${day} promising ${promised}`);
  }
  return problems;
});
