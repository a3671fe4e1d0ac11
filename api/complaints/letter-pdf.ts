/**
 * A printable letter (A4 PDF) of a message to the complainant, for staff to print and post; or many in one
 * document ("print all"), each from a new page, written by the same composer so that a letter reads the
 * same printed alone or with others.
 */
import { a4Document, PDF_FONT } from '../../infra/pdf-document';

export interface PrintableLetter {
  organisation: string;
  recipient: string;
  /** Written-out date of the letter, e.g. "25 november 2026". */
  date: string;
  subject: string;
  body: string;
}

// Every text uses one of these: a built-in PDF font (Helvetica) cannot print most names (see infra/pdf-fonts.ts).
const { regular: REGULAR, bold: BOLD } = PDF_FONT;
const MARGIN_MM = 25;

function writeLetter(doc: PDFKit.PDFDocument, letter: PrintableLetter): void {
  doc.font(BOLD).fontSize(14).text(letter.organisation);
  doc.moveDown(2).font(REGULAR).fontSize(11).text(letter.recipient);
  doc.moveDown(2).text(letter.date, { align: 'right' });
  doc.moveDown().font(BOLD).text(letter.subject);
  doc.moveDown().font(REGULAR).text(letter.body, { align: 'left', lineGap: 2 });
}

export async function renderLetterPdf(letter: PrintableLetter): Promise<Buffer> {
  const { doc, done } = await a4Document({ marginMm: MARGIN_MM, title: letter.subject, author: letter.organisation });
  writeLetter(doc, letter);
  doc.end();
  return done;
}

/**
 * Letters in one PDF, each from a new page. `title` names the document (the page's own words). An empty
 * list is not printed: the caller answers that there is nothing to print.
 */
export async function renderLettersPdf(letters: PrintableLetter[], title: string): Promise<Buffer> {
  const { doc, done } = await a4Document({ marginMm: MARGIN_MM, title, author: letters[0]?.organisation ?? '' });
  letters.forEach((letter, i) => {
    if (i > 0) doc.addPage();
    writeLetter(doc, letter);
  });
  doc.end();
  return done;
}
