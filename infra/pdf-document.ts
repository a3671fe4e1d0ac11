/**
 * An A4 PDF in the embedded fonts (pdf-fonts.ts), collected into one Buffer: what a letter to a
 * complainant and the monthly report both start from. Write with `doc.font(PDF_FONT.regular)` or
 * `.bold` (never pdfkit's built-in Helvetica), then `doc.end()` and await `done`.
 */
import { PDF_FONTS } from './pdf-fonts';

const MM = 72 / 25.4;

/** The names the embedded fonts are registered under in every document. */
export const PDF_FONT = { regular: 'embedded-regular', bold: 'embedded-bold' } as const;

export interface A4Options {
  marginMm: number;
  title: string;
  author: string;
}

export interface A4Document {
  doc: PDFKit.PDFDocument;
  /** The whole PDF, once `doc.end()` was called. */
  done: Promise<Buffer>;
}

export async function a4Document({ marginMm, title, author }: A4Options): Promise<A4Document> {
  // pdfkit with its font engine adds about 20 MiB to a process once loaded, and most processes never print:
  // it loads with the first PDF (issue 20, memory).
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ size: 'A4', margin: marginMm * MM, info: { Title: title, Author: author } });
  doc.registerFont(PDF_FONT.regular, PDF_FONTS.regular).registerFont(PDF_FONT.bold, PDF_FONTS.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}
