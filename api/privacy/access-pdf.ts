/**
 * AVG/GDPR, the right of access, readable: the export (privacy/subject-access.ts) as an A4 PDF in Dutch,
 * in the embedded font letters and the monthly report use. Per complaint: the complaint and the person's
 * details, the steps in order with their facts, and every message and letter in full. The words are the
 * staff pages' own (web/i18n), so a step or a status is named as people know it.
 */
import { a4Document, PDF_FONT } from '../../infra/pdf-document';
import type { HeldComplaint, SubjectAccess } from '../../privacy/subject-access';
import { formats } from '../../web/format';
import { textsFor } from '../../web/i18n';

const { regular: REGULAR, bold: BOLD } = PDF_FONT;
const t = textsFor('nl');

export interface AccessPdfOptions {
  organisation: string;
  timeZone: string;
}

const value = (v: unknown): string =>
  typeof v === 'string' ? (t.stepValues[v] ?? v) : typeof v === 'boolean' ? (v ? 'ja' : 'nee') : JSON.stringify(v);

export async function renderAccessPdf(access: SubjectAccess, options: AccessPdfOptions): Promise<Buffer> {
  const f = formats('nl', options.timeZone);
  const when = (iso: string | null) => (iso ? f.moment(new Date(iso)) : '—');
  const title = `Inzage in persoonsgegevens — ${options.organisation}`;
  const { doc, done } = await a4Document({ marginMm: 20, title, author: options.organisation });
  const left = () => doc.page.margins.left;
  const heading = (text: string, size = 12) => doc.moveDown().font(BOLD).fontSize(size).text(text, left());
  const field = (label: string, text: string | null | undefined) => {
    if (text === null || text === undefined || text === '') return;
    doc.font(BOLD).fontSize(10).text(`${label}: `, left(), undefined, { continued: true });
    doc.font(REGULAR).text(text);
  };

  doc.font(BOLD).fontSize(16).text(title);
  const asked = [access.query.email && `e-mailadres ${access.query.email}`, access.query.reference]
    .filter(Boolean)
    .join(' en ');
  doc
    .moveDown(0.5)
    .font(REGULAR)
    .fontSize(10)
    .text(
      `Alles wat ons klachtenregister bewaart bij ${asked}, opgemaakt op ${when(access.generatedAt)}. ` +
        (access.complaints.length
          ? `Het gaat om ${access.complaints.length === 1 ? 'één klacht' : `${access.complaints.length} klachten`}.`
          : 'Wij bewaren geen klachten bij deze gegevens.'),
    );

  for (const c of access.complaints) complaintSection(c);
  doc.end();
  return done;

  function complaintSection(c: HeldComplaint): void {
    heading(`Klacht ${c.reference}`, 14);
    doc.moveDown(0.3);
    field('Ontvangen', when(c.receivedAt));
    field('Hoe', t.channel[c.channel as keyof typeof t.channel] ?? c.channel);
    field('Status', t.status[c.status as keyof typeof t.status] ?? c.status);
    field('Afgesloten', c.closedAt && when(c.closedAt));
    field('Geanonimiseerd', c.anonymisedAt && `${when(c.anonymisedAt)}: de persoonsgegevens zijn verwijderd`);
    field('Naam', c.complainant.name);
    field('E-mailadres', c.complainant.email);
    field('Telefoon', c.complainant.phone);
    field('Adres', c.complainant.address);
    field('Onderwerp', c.subject);
    field('Omschrijving', c.description);
    field('Dienst', c.service);
    field('Categorie', c.category);
    field('Oorzaak', c.cause);
    if (c.satisfaction) {
      field('Tevredenheid (1 tot 5)', c.satisfaction.score === null ? null : String(c.satisfaction.score));
      field('Toelichting', c.satisfaction.comment);
    }

    heading('Verloop');
    for (const step of c.steps) {
      const by = (t.actors as Record<string, string>)[step.by] ?? step.by;
      doc
        .moveDown(0.3)
        .font(BOLD)
        .fontSize(10)
        .text(`${when(step.at)} — ${t.steps[step.action] ?? step.action}`, left());
      doc.font(REGULAR).text(`door ${by}`);
      for (const [key, v] of Object.entries(step.detail)) {
        if (key === 'deadlines' || v === null || v === undefined || v === '') continue;
        field(t.stepDetails[key] ?? key, value(v));
      }
    }

    heading('Berichten en brieven aan u');
    if (!c.messages.length) doc.font(REGULAR).fontSize(10).text('Geen.', left());
    for (const m of c.messages) {
      const sent = m.sentAt ? when(m.sentAt) : (t.complaint.messageStatus[m.status] ?? m.status);
      doc
        .moveDown(0.5)
        .font(BOLD)
        .fontSize(10)
        .text(
          `${t.complaint.purposes[m.purpose] ?? m.purpose} (${t.complaint.via[m.channel] ?? m.channel}, ${sent})`,
          left(),
        );
      field('Aan', m.recipient);
      field('Onderwerp', m.subject);
      if (m.body) doc.font(REGULAR).fontSize(9).text(m.body, left(), undefined, { lineGap: 1 });
    }

    // The files themselves are in the JSON export; here what they are.
    heading('Bijlagen');
    if (!c.attachments.length) doc.font(REGULAR).fontSize(10).text('Geen.', left());
    for (const a of c.attachments) {
      const from = a.source === 'complainant' ? 'van u' : 'van ons';
      doc
        .font(REGULAR)
        .fontSize(10)
        .text(`${a.fileName} (${a.mediaType}, ${a.size} bytes, ${from}, ${when(a.createdAt)})`, left());
    }
  }
}
