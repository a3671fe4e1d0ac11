/** A printable letter (A4 PDF) of a message to the complainant, for staff to print and post. */
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

export function renderLetterPdf(letter: PrintableLetter): Promise<Buffer> {
  const { doc, done } = a4Document({ marginMm: 25, title: letter.subject, author: letter.organisation });
  doc.font(BOLD).fontSize(14).text(letter.organisation);
  doc.moveDown(2).font(REGULAR).fontSize(11).text(letter.recipient);
  doc.moveDown(2).text(letter.date, { align: 'right' });
  doc.moveDown().font(BOLD).text(letter.subject);
  doc.moveDown().font(REGULAR).text(letter.body, { align: 'left', lineGap: 2 });
  doc.end();
  return done;
}
