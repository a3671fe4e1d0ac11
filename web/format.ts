/** Dates and moments as staff read them, in the organisation's time zone and the page's language. */
import { sizeInWords } from './file-size';
import { lastDayBefore, localDate } from '../domain/calendar';
import type { WebLanguage } from './i18n';

const LOCALES: Record<WebLanguage, string> = { nl: 'nl-NL', en: 'en-GB' };

export interface Formats {
  /** A deadline: "uiterlijk 9 dec 2026" when it is the end of a day, else "26 nov 2026 14:00". */
  deadline(at: Date, byDay: (date: string) => string): string;
  /** A moment: "26 nov 2026 14:00". */
  moment(at: Date): string;
  /** When something was received: a moment, or only the day when just the date is known (local midnight). */
  received(at: Date): string;
  /** A calendar date (YYYY-MM-DD) as people write it: "9 dec 2026". */
  day(date: string): string;
  /** A calendar month (YYYY-MM): "april 2026". */
  month(month: string): string;
  /** A count or a number of days: "1.234", "0,4". */
  number(n: number): string;
  /** A share (0 to 1) as a whole percentage: "88%". */
  percent(share: number): string;
  /** A file's size: "240 kB", "1,2 MB". */
  fileSize(bytes: number): string;
}

export function formats(language: WebLanguage, timeZone: string): Formats {
  const locale = LOCALES[language];
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const moment = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
  return {
    deadline(at, byDay) {
      const iso = at.toISOString();
      // Day-long terms (R9, a promised date) end at local midnight: people are told the last day itself.
      if (time.format(at) === '00:00') {
        return byDay(day.format(new Date(`${lastDayBefore(iso, timeZone)}T12:00:00Z`)));
      }
      return moment.format(at);
    },
    moment: (at) => moment.format(at),
    // A receipt entered by its date alone is kept as the start of that local day: "00:00" would be made up.
    received: (at) =>
      time.format(at) === '00:00'
        ? day.format(new Date(`${localDate(at.toISOString(), timeZone)}T12:00:00Z`))
        : moment.format(at),
    day: (date) => day.format(new Date(`${date}T12:00:00Z`)),
    month: (m) => month.format(new Date(`${m}-15T12:00:00Z`)),
    number: (n) => number.format(n),
    percent: (share) => percent.format(share),
    fileSize: (bytes) => sizeInWords(bytes, language),
  };
}
