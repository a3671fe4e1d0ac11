/**
 * R6: the monthly report's activity — last month's summary, computed by the same code as
 * GET /api/reports/summary, rendered as a PDF and mailed to the configured recipients with the figures in
 * the body. Once per month: the mail is kept under its month's key before it is sent (with the PDF as
 * rendered then), and a retry or a second run that finds it sent does nothing; a crash between sending
 * and marking sends the very same mail again, with the same Message-ID, so mail clients show it once.
 */
import { ApplicationFailure } from '@temporalio/activity';
import { reportSummary } from '../reports/summary';
import { addMonths, monthPeriod } from '../domain/report-period';
import type { ReportActivities } from '../domain/reports';
import type { Database } from '../infra/database';
import type { Mailer } from './mailer';
import { renderReportPdf } from './report-pdf';
import { longMonth, reportBody, reportSections, reportTitle } from './report-texts';

export interface ReportActivityDeps {
  db: Database;
  mailer: Mailer;
  organisationName: string;
  timeZone: string;
  recipients: string[];
}

async function compose(deps: ReportActivityDeps, month: string, key: string) {
  const summary = await reportSummary(deps.db, monthPeriod(month), deps.timeZone, new Date());
  const previous = addMonths(month, -1);
  const title = reportTitle(month, deps.organisationName);
  const attachment = await renderReportPdf({
    title,
    organisation: deps.organisationName,
    intro: `${summary.current.period.from} t/m ${summary.current.period.to}; tussen haakjes: ${longMonth(previous)}.`,
    sections: reportSections(summary),
    footer: `Gemeten op ${summary.measuredAt} (tijdzone ${summary.timeZone}).`,
  });
  return {
    key,
    recipients: deps.recipients.join(', '),
    subject: title,
    body: reportBody(month, previous, summary, deps.organisationName),
    attachment: new Uint8Array(attachment),
    fileName: `klachtenrapportage-${month}.pdf`,
  };
}

export function createReportActivities(deps: ReportActivityDeps): ReportActivities {
  const { db, mailer } = deps;
  return {
    async mailMonthlyReport({ month, key }) {
      const existing = await db.reportMail.findUnique({ where: { key } });
      const recipients = (existing?.recipients ?? deps.recipients.join(', ')).split(', ');
      if (existing?.status === 'sent') return { month, recipients: recipients.length, sentNow: false };
      const mail = existing ?? (await db.reportMail.create({ data: await compose(deps, month, key) }));
      try {
        await mailer.send({
          to: recipients,
          subject: mail.subject,
          text: mail.body,
          attachments: [
            { filename: mail.fileName, content: Buffer.from(mail.attachment), contentType: 'application/pdf' },
          ],
          messageId: `<${key}@klachtenregister>`,
        });
      } catch (error) {
        // As for complaints' mail (deliver.ts): the failure names the report, never an address.
        const { responseCode, code } = error as { responseCode?: number; code?: string };
        const reason = `report ${key} not delivered: ${responseCode ?? code ?? 'error'}`;
        if ((responseCode ?? 0) >= 500) throw ApplicationFailure.nonRetryable(reason, 'MailRefused');
        throw ApplicationFailure.retryable(reason, 'MailUnavailable');
      }
      await db.reportMail.update({ where: { key }, data: { status: 'sent', sentAt: new Date() } });
      return { month, recipients: recipients.length, sentNow: true };
    },
  };
}
