/**
 * R4/R10: no message promises a date that has passed. Every acknowledgement and new-date message that
 * went out names the date of its `acknowledged` event, and that date lies after the local date on which
 * the message was sent (or queued as a letter).
 */
import { localDate } from '../../../domain/calendar';
import type { Language } from '../../../domain/channels';
import { perLife } from './violation';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** A date as the letter writes it, e.g. "7 januari 2027" / "7 January 2027". */
const written = (date: string, language: Language) =>
  new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );

export const promisedDatesAhead = perLife((r) => {
  const problems: string[] = [];
  const promises = r.events.filter((e) => e.action === 'acknowledged').map((e) => String(e.detail.expectedBy));
  const language = (r.complaint?.language ?? 'nl') as Language;
  for (const m of r.messages) {
    if (m.purpose !== 'acknowledgement' && m.purpose !== 'new_date') continue;
    const n = Number(/acknowledgement-(\d+)$/.exec(m.key)?.[1]);
    const promised = promises[n - 1];
    if (!promised) {
      problems.push(`${m.key} has no acknowledged event #${n}`);
      continue;
    }
    if (!m.body.includes(written(promised, language))) problems.push(`${m.key} does not name ${promised}`);
    const sent = m.status === 'pending' ? undefined : m.run?.completedAt;
    if (sent === undefined) continue; // it never reached the complainant
    const day = localDate(new Date(sent).toISOString(), r.terms.timeZone);
    if (!(promised > day)) problems.push(`${m.key} went out on ${day} promising ${promised}`);
  }
  return problems;
});
