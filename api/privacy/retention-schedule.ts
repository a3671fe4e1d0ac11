/**
 * AVG/GDPR: the Temporal Schedule that starts the retention sweep (retentionWorkflow) every day at
 * RETENTION_HOUR in the organisation's time zone, with RETENTION_AFTER_CLOSING as its input — visible,
 * pausable and triggerable in Temporal Web. Made at API start as the monthly report's is: left alone when
 * it matches the configuration, brought in line when it does not, its paused state and note kept.
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
import { RETENTION_SCHEDULE_ID, type RetentionInput } from '../../domain/privacy';
import type { retentionWorkflow } from '../../workflows';

export interface RetentionTiming {
  hour: number;
  timeZone: string;
  retentionMs: number;
}

// A sweep missed while Temporal was down is simply the next day's: each run catches up with all that expired.
const CATCHUP_WINDOW = '1 day' as const;
const WORKFLOW_TYPE = 'retentionWorkflow';

function wanted(t: RetentionTiming): {
  spec: ScheduleSpec;
  action: ScheduleOptionsStartWorkflowAction<typeof retentionWorkflow>;
  policies: { catchupWindow: typeof CATCHUP_WINDOW; overlap: ScheduleOverlapPolicy };
} {
  const args: [RetentionInput] = [{ retentionMs: t.retentionMs }];
  return {
    spec: {
      calendars: [{ hour: t.hour, minute: 0, second: 0, comment: 'AVG: bewaartermijn na afsluiten' }],
      timezone: t.timeZone,
    },
    action: {
      type: 'startWorkflow',
      workflowType: WORKFLOW_TYPE,
      taskQueue: TASK_QUEUE,
      workflowId: RETENTION_SCHEDULE_ID,
      args,
      staticSummary: 'AVG: klachten na de bewaartermijn anonimiseren',
    },
    policies: { catchupWindow: CATCHUP_WINDOW, overlap: ScheduleOverlapPolicy.SKIP },
  };
}

const single = (ranges: { start: number; end: number }[] | undefined) =>
  ranges?.length === 1 && (ranges[0].end === ranges[0].start || ranges[0].end === 0) ? ranges[0].start : undefined;

export function matches(d: ScheduleDescription, t: RetentionTiming): boolean {
  const calendars = d.spec.calendars ?? [];
  return (
    calendars.length === 1 &&
    !d.spec.intervals?.length &&
    single(calendars[0].hour) === t.hour &&
    single(calendars[0].minute) === 0 &&
    d.spec.timezone === t.timeZone &&
    d.action.type === 'startWorkflow' &&
    d.action.workflowType === WORKFLOW_TYPE &&
    d.action.taskQueue === TASK_QUEUE &&
    JSON.stringify(d.action.args) === JSON.stringify([{ retentionMs: t.retentionMs }])
  );
}

/** Creates the schedule, or brings an existing one in line with `timing`. */
export async function ensureRetentionSchedule(
  client: Client,
  timing: RetentionTiming,
): Promise<'created' | 'updated' | 'unchanged'> {
  const spec = wanted(timing);
  try {
    await client.schedule.create<typeof retentionWorkflow>({ scheduleId: RETENTION_SCHEDULE_ID, ...spec });
    return 'created';
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
  }
  const handle = client.schedule.getHandle(RETENTION_SCHEDULE_ID);
  if (matches(await handle.describe(), timing)) return 'unchanged';
  await handle.update<typeof retentionWorkflow>((previous) => ({
    ...spec,
    policies: { ...previous.policies, ...spec.policies },
    state: { paused: previous.state.paused, note: previous.state.note },
  }));
  return 'updated';
}
