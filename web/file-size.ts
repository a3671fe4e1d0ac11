/** A file's size as people read it: "240 kB", "1,2 MB" (decimal units, as file managers show them). */
import type { WebLanguage } from './i18n';

export function sizeInWords(bytes: number, language: WebLanguage): string {
  const number = new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 });
  return bytes < 1_000_000
    ? `${number.format(Math.max(1, Math.round(bytes / 1000)))} kB`
    : `${number.format(bytes / 1_000_000)} MB`;
}
