/**
 * Issue 19 item 3, R4: the text a complaint is found by, folded so that a search ignores case and accents
 * the same way on SQLite and PostgreSQL ("smit" finds "Ŝmit", "dorde" finds "Đorđe"). SQLite's lower()
 * folds only A–Z and neither database strips accents by default, so the register keeps the folded text
 * in a column of its own and a search folds its query the same way.
 */

/** Letters Unicode does not decompose into a base letter and a mark, as a Dutch desk would type them. */
const LETTERS: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  ŀ: 'l',
  ĸ: 'k',
  ŋ: 'n',
  ς: 'σ',
};
const SPECIAL = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'gu');

/** `text` lower-cased, without accents, with the letters above spelled as their base letters. */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(SPECIAL, (c) => LETTERS[c]);
}

/** What a complaint is found by: its reference, subject, description and the complainant's name and address. */
export interface Searchable {
  reference: string;
  subject: string;
  description: string;
  complainantName: string;
  complainantEmail?: string | null;
}

/** The register's folded search text of a complaint, its parts on lines of their own. */
export function searchTextOf(c: Searchable): string {
  return foldForSearch(
    [c.reference, c.subject, c.description, c.complainantName, c.complainantEmail ?? ''].filter(Boolean).join('\n'),
  );
}
