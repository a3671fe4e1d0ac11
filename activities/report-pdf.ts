/**
 * R6: the monthly report as an A4 PDF, attached to the managers' mail: the same sections as its body, in
 * the embedded Unicode font letters use (categories and causes may hold any character staff typed).
 */
import { a4Document, PDF_FONT } from '../infra/pdf-document';
import type { Section } from './report-texts';

const { regular: REGULAR, bold: BOLD } = PDF_FONT;

export interface PrintableReport {
  title: string;
  organisation: string;
  /** Under the title, e.g. which month the brackets hold. */
  intro: string;
  sections: Section[];
  footer: string;
}

export async function renderReportPdf(report: PrintableReport): Promise<Buffer> {
  const { doc, done } = await a4Document({ marginMm: 20, title: report.title, author: report.organisation });
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
