import type { Language } from '../domain/channels';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * One formatter per locale, style and zone, kept: making an Intl.DateTimeFormat costs far more than using
 * one, and every message formats several dates (about 3 % of a simulated year's main thread, issue 20).
 * Outside the workflow bundle, so no cached workflow holds them.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The options the key below names: a formatter with any other option would be mistaken for one without. */
type Style = Pick<Intl.DateTimeFormatOptions, 'dateStyle' | 'timeStyle' | 'timeZone'>;

function formatter(locale: string, options: Style): Intl.DateTimeFormat {
  const key = `${locale} ${options.dateStyle} ${options.timeStyle} ${options.timeZone}`;
  let kept = formatters.get(key);
  if (!kept) formatters.set(key, (kept = new Intl.DateTimeFormat(locale, options)));
  return kept;
}

/** An instant as the reader's calendar date, e.g. "25 november 2026". */
export function formatInstant(iso: string, language: Language, timeZone: string): string {
  return formatter(LOCALES[language], { dateStyle: 'long', timeZone }).format(new Date(iso));
}

/** A local calendar date (YYYY-MM-DD), written out; noon UTC keeps it on the same day everywhere. */
export function formatDate(date: string, language: Language): string {
  return formatter(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}

/** An instant with its time, for the reader: "25 november 2026 om 14:00" / "25 November 2026 at 14:00". */
export function formatInstantWithTime(iso: string, language: Language, timeZone: string): string {
  return formatter(LOCALES[language], { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(iso));
}

/** An instant with its time, for staff: "25 november 2026 om 14:00". */
export function formatMoment(iso: string, timeZone: string): string {
  return formatter('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(iso));
}
