/**
 * R6: once a month a Temporal Schedule starts this workflow, which has last month's report mailed to the
 * managers. The month is taken from the workflow's own clock in the organisation's time zone (replays
 * see the same moment), so a run that starts late still reports on the month before its start — the
 * month it was scheduled for, unless it is run more than a month late. All I/O is in the activity.
 */
import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import { localDate } from '../domain/calendar';
import { previousMonth } from '../domain/report-period';
import {
  monthlyReportKey,
  type MonthlyReportInput,
  type MonthlyReportSent,
  type ReportActivities,
} from '../domain/reports';

const reports = proxyActivities<ReportActivities>({
  // Summing a year of complaints and rendering a PDF takes well under a second; a minute leaves room.
  startToCloseTimeout: '2 minutes',
  // A mail server that is down is tried patiently, as for complaints; after a week the report is stale,
  // and the failed run is there to see in Temporal Web.
  scheduleToCloseTimeout: '7 days',
  retry: { initialInterval: '30 seconds', backoffCoefficient: 2, maximumInterval: '30 minutes' },
});

export async function monthlyReportWorkflow(input: MonthlyReportInput): Promise<MonthlyReportSent> {
  const startedAt = workflowInfo().startTime.toISOString();
  const month = input.month ?? previousMonth(localDate(startedAt, input.timeZone));
  return reports.mailMonthlyReport.executeWithOptions({ summary: `R6: maandrapportage ${month}` }, [
    { month, key: monthlyReportKey(month) },
  ]);
}
