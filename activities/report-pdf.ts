/**
 * R6: the monthly report as an A4 PDF, attached to the managers' mail: the same sections as its body, in
 * the embedded Unicode font letters use (categories and causes may hold any character staff typed).
 */
import PDFDocument from 'pdfkit';
import { PDF_FONTS } from '../infra/pdf-fonts';
import type { Section } from './report-texts';

const MM = 72 / 25.4;
const REGULAR = 'report-regular';
const BOLD = 'report-bold';

export interface PrintableReport {
  title: string;
  organisation: string;
  /** Under the title, e.g. which month the brackets hold. */
  intro: string;
  sections: Section[];
  footer: string;
}

export function renderReportPdf(report: PrintableReport): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 20 * MM,
    info: { Title: report.title, Author: report.organisation },
  });
  doc.registerFont(REGULAR, PDF_FONTS.regular).registerFont(BOLD, PDF_FONTS.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font(BOLD).fontSize(16).text(report.title);
  doc.moveDown(0.5).font(REGULAR).fontSize(10).text(report.intro);
  for (const section of report.sections) {
    doc.moveDown().font(BOLD).fontSize(12).text(section.heading, doc.page.margins.left);
    doc.moveDown(0.3).font(REGULAR).fontSize(10);
    for (const line of section.lines) {
      const indent = line.startsWith('  ') ? 12 : 0;
      doc.text(line.trimStart(), doc.page.margins.left + indent, undefined, { lineGap: 1 });
    }
  }
  doc.moveDown(2).fontSize(8).fillColor('#555555').text(report.footer, doc.page.margins.left);
  doc.end();
  return done;
}
