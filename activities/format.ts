import type { Language } from '../domain/channels';
import { dateFormatter } from '../domain/kept-formatters';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** An instant as the reader's calendar date, e.g. "25 november 2026". */
export function formatInstant(iso: string, language: Language, timeZone: string): string {
  return dateFormatter(LOCALES[language], { dateStyle: 'long', timeZone }).format(new Date(iso));
}

/** A local calendar date (YYYY-MM-DD), written out; noon UTC keeps it on the same day everywhere. */
export function formatDate(date: string, language: Language): string {
  return dateFormatter(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}

/** An instant with its time, for the reader: "25 november 2026 om 14:00" / "25 November 2026 at 14:00". */
export function formatInstantWithTime(iso: string, language: Language, timeZone: string): string {
  return dateFormatter(LOCALES[language], { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(iso));
}

/** An instant with its time, for staff: "25 november 2026 om 14:00". */
export function formatMoment(iso: string, timeZone: string): string {
  return dateFormatter('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(iso));
}
