/**
 * The fonts every PDF is printed in (pdf-document.ts): letters to complainants (api/complaints/letter-pdf.ts) and the
 * monthly report (activities/report-pdf.ts). pdfkit's built-in Helvetica knows only WinAnsi, so
 * names such as "Şükrü Öztürk-Łukasiewicz", "Đorđević" or "Иванов" printed as garbage. DejaVu Sans covers Latin
 * (with every extension our complainants' names need), Greek, Cyrillic and signs such as € – “ ”,
 * and comes from the npm package `dejavu-fonts-ttf` (DejaVu 2.37), so letters print the same offline,
 * on a fresh machine and in a slim image without system fonts.
 *
 * Licence: the Bitstream Vera / Arev font licence (DejaVu's own changes are public domain). It allows
 * the fonts to be used, copied and distributed with software, embedding in documents included, and
 * asks only for a new name when the glyphs themselves are changed; pdfkit embeds an unchanged subset.
 */
import fs from 'node:fs';

const load = (file: string) => fs.readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`));

/** Read once per process (about 1.4 MB), at start-up, so a missing package fails fast, not on the first letter. */
export const PDF_FONTS = {
  regular: load('DejaVuSans.ttf'),
  bold: load('DejaVuSans-Bold.ttf'),
};
