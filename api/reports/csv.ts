/**
 * CSV for spreadsheets: RFC 4180 (fields with a comma, quote or line break in double quotes, quotes
 * doubled, CRLF between records), UTF-8 with a byte order mark so that Excel reads "é" and "ë" as
 * written. Text that would start with = + - @ is prefixed with ' so a spreadsheet shows it instead of
 * running it as a formula (categories and causes are typed by people).
 */

export const BOM = '\uFEFF';

export type Field = string | number | null | undefined;

export function csvField(value: Field): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvRecord = (fields: Field[]) => `${fields.map(csvField).join(',')}\r\n`;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A moment as the local date and time a spreadsheet reads, e.g. 2026-04-01 00:30 (in `zone`). */
export function localDateTime(at: Date | string | null, zone: string): string {
  if (at === null) return '';
  let format = formatters.get(zone);
  if (!format) {
    // Swedish writes dates and times the ISO way: 2026-04-01 00:30.
    format = new Intl.DateTimeFormat('sv-SE', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(zone, format);
  }
  return format.format(new Date(at));
}
