/** A printable letter (A4 PDF) of a message to the complainant, for staff to print and post. */
import PDFDocument from 'pdfkit';
import { PDF_FONTS } from '../../infra/pdf-fonts';

export interface PrintableLetter {
  organisation: string;
  recipient: string;
  /** Written-out date of the letter, e.g. "25 november 2026". */
  date: string;
  subject: string;
  body: string;
}

const MM = 72 / 25.4;
// Every text uses one of these: a built-in PDF font (Helvetica) cannot print most names (see infra/pdf-fonts.ts).
const REGULAR = 'letter-regular';
const BOLD = 'letter-bold';

export function renderLetterPdf(letter: PrintableLetter): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 25 * MM,
    info: { Title: letter.subject, Author: letter.organisation },
  });
  doc.registerFont(REGULAR, PDF_FONTS.regular).registerFont(BOLD, PDF_FONTS.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font(BOLD).fontSize(14).text(letter.organisation);
  doc.moveDown(2).font(REGULAR).fontSize(11).text(letter.recipient);
  doc.moveDown(2).text(letter.date, { align: 'right' });
  doc.moveDown().font(BOLD).text(letter.subject);
  doc.moveDown().font(REGULAR).text(letter.body, { align: 'left', lineGap: 2 });
  doc.end();
  return done;
}
