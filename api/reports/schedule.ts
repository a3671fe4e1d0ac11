/**
 * R6: the Temporal Schedule that starts the monthly report (monthlyReportWorkflow) on MONTHLY_REPORT_DAY at
 * MONTHLY_REPORT_HOUR in the organisation's time zone — visible, pausable and triggerable in Temporal
 * Web. Made at API start, idempotently: an existing schedule is left alone when it matches the
 * configuration and brought in line when it does not (a changed day, hour or time zone).
 */
import {
  ScheduleAlreadyRunning,
  ScheduleOverlapPolicy,
  type Client,
  type ScheduleDescription,
  type ScheduleOptionsStartWorkflowAction,
  type ScheduleSpec,
} from '@temporalio/client';
import { TASK_QUEUE } from '../../domain/actions';
import { MONTHLY_REPORT_SCHEDULE_ID, type MonthlyReportInput } from '../../domain/reports';
import type { monthlyReportWorkflow } from '../../workflows';

export interface MonthlyReportTiming {
  day: number;
  hour: number;
  timeZone: string;
}

// A report missed while Temporal was down still goes out when it is back, within a week; later it is stale.
const CATCHUP_WINDOW = '7 days' as const;
const WORKFLOW_TYPE = 'monthlyReportWorkflow';

function wanted(t: MonthlyReportTiming): {
  spec: ScheduleSpec;
  action: ScheduleOptionsStartWorkflowAction<typeof monthlyReportWorkflow>;
  policies: { catchupWindow: typeof CATCHUP_WINDOW; overlap: ScheduleOverlapPolicy };
} {
  const args: [MonthlyReportInput] = [{ timeZone: t.timeZone }];
  return {
    spec: {
      calendars: [{ dayOfMonth: t.day, hour: t.hour, minute: 0, second: 0, comment: 'R6: maandrapportage' }],
      timezone: t.timeZone,
    },
    action: {
      type: 'startWorkflow',
      workflowType: WORKFLOW_TYPE,
      taskQueue: TASK_QUEUE,
      // Each run's ID is this plus the moment it was scheduled for.
      workflowId: MONTHLY_REPORT_SCHEDULE_ID,
      args,
      staticSummary: 'R6: maandrapportage aan de managers',
    },
    policies: { catchupWindow: CATCHUP_WINDOW, overlap: ScheduleOverlapPolicy.SKIP },
  };
}

/** A single value, as Temporal describes a calendar field set to one number. */
const single = (ranges: { start: number; end: number }[] | undefined) =>
  ranges?.length === 1 && (ranges[0].end === ranges[0].start || ranges[0].end === 0) ? ranges[0].start : undefined;

export function matches(d: ScheduleDescription, t: MonthlyReportTiming): boolean {
  const calendars = d.spec.calendars ?? [];
  const [calendar] = calendars;
  return (
    calendars.length === 1 &&
    !d.spec.intervals?.length &&
    single(calendar.dayOfMonth) === t.day &&
    single(calendar.hour) === t.hour &&
    single(calendar.minute) === 0 &&
    d.spec.timezone === t.timeZone &&
    d.action.type === 'startWorkflow' &&
    d.action.workflowType === WORKFLOW_TYPE &&
    d.action.taskQueue === TASK_QUEUE &&
    JSON.stringify(d.action.args) === JSON.stringify([{ timeZone: t.timeZone }])
  );
}

/** Creates the schedule, or brings an existing one in line with `timing`. */
export async function ensureMonthlyReportSchedule(
  client: Client,
  timing: MonthlyReportTiming,
): Promise<'created' | 'updated' | 'unchanged'> {
  const spec = wanted(timing);
  try {
    await client.schedule.create<typeof monthlyReportWorkflow>({ scheduleId: MONTHLY_REPORT_SCHEDULE_ID, ...spec });
    return 'created';
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
  }
  const handle = client.schedule.getHandle(MONTHLY_REPORT_SCHEDULE_ID);
  if (matches(await handle.describe(), timing)) return 'unchanged';
  // Paused or not, its state and notes stay as operators left them; only what configuration says changes.
  await handle.update<typeof monthlyReportWorkflow>((previous) => ({
    ...spec,
    policies: { ...previous.policies, ...spec.policies },
    state: { paused: previous.state.paused, note: previous.state.note },
  }));
  return 'updated';
}
