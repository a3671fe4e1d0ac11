/**
 * R6: the monthly report, as the workflow, the activities and the API's schedule share it. Its activity
 * has an interface of its own rather than a place in ComplaintActivities: it concerns no complaint (no
 * reference, no complainant), the complaint workflow never calls it, and a complaint worker replaying
 * old histories should not see its proxy change. The worker registers both sets together.
 */

/** The Schedule in Temporal that starts the monthly report; also the start of each run's workflow ID. */
export const MONTHLY_REPORT_SCHEDULE_ID = 'monthly-report';

export interface MonthlyReportInput {
  /** The organisation's time zone: "last month" is its calendar month. */
  timeZone: string;
  /** YYYY-MM: a report asked for by hand; absent (the Schedule): the month before the run. */
  month?: string;
}

export interface MonthlyReportRequest {
  month: string;
  /** One per month: a retried activity, or a second run for the same month, mails it once. */
  key: string;
}

export interface MonthlyReportSent {
  month: string;
  recipients: number;
  /** False when this month's report had been mailed already. */
  sentNow: boolean;
}

export interface ReportActivities {
  /** Computes the month's summary, renders it as a PDF and mails it to the configured recipients, once. */
  mailMonthlyReport(request: MonthlyReportRequest): Promise<MonthlyReportSent>;
}

/** The key that makes the month's report go out once, however often it is run. */
export const monthlyReportKey = (month: string) => `${MONTHLY_REPORT_SCHEDULE_ID}/${month}`;
