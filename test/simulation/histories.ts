/**
 * When each message went out, in simulated time. The register stamps a message with the worker's wall
 * clock (`new Date()` in the activity), which under the time-skipping server says nothing about the
 * simulated year; the workflow history's event times are the test server's clock. While an activity runs
 * the test server does not skip time, so an activity's completion time is the moment its mail reached the
 * SMTP server or its letter was queued. (Steps on record carry workflow time in the register itself.)
 * Payloads are encrypted: they are read with the harness's keys.
 */
import { defaultPayloadConverter } from '@temporalio/common';
import { tsToMs } from '@temporalio/common/lib/time';
import { EncryptionCodec } from '../../infra/payload-codec';
import type { Harness } from '../support/harness';

const WATCHED = ['sendToComplainant', 'notifyStaff', 'recordEvent'] as const;
type Watched = (typeof WATCHED)[number];

export interface ActivityRun {
  type: Watched;
  /** The message's or event's key in the register. */
  key: string;
  /** The message's or notice's purpose, or the event's action. */
  purpose: string;
  scheduledAt: number;
  /** Sent, queued as a letter, or recorded (simulated epoch milliseconds). */
  completedAt?: number;
  /** Given up: refused for good, or its deadline (the reply term) passed. */
  failedAt?: number;
  /** `sendToComplainant`: how it went. */
  channel?: 'email' | 'letter';
}

/** The activities of complaint `reference` that send or record something, by key (the first run of each). */
export async function activitiesOf(h: Harness, reference: string): Promise<Map<string, ActivityRun>> {
  const history = await h.workflow(reference).fetchHistory();
  const codec = new EncryptionCodec(h.keys);
  const byEvent = new Map<string, ActivityRun>();
  const byKey = new Map<string, ActivityRun>();
  for (const event of history.events ?? []) {
    const at = tsToMs(event.eventTime);
    const scheduled = event.activityTaskScheduledEventAttributes;
    if (scheduled) {
      const type = scheduled.activityType?.name as Watched;
      if (!WATCHED.includes(type)) continue;
      const [plain] = await codec.decode([scheduled.input!.payloads![0]]);
      const input = defaultPayloadConverter.fromPayload<{ key: string; purpose?: string; action?: string }>(plain);
      const run: ActivityRun = { type, key: input.key, purpose: input.purpose ?? input.action ?? '', scheduledAt: at };
      byEvent.set(String(event.eventId), run);
      if (!byKey.has(run.key)) byKey.set(run.key, run);
      continue;
    }
    const completed = event.activityTaskCompletedEventAttributes;
    const ended = completed ?? event.activityTaskFailedEventAttributes ?? event.activityTaskTimedOutEventAttributes;
    const run = ended && byEvent.get(String(ended.scheduledEventId));
    if (!run) continue;
    if (!completed) {
      run.failedAt = at;
      continue;
    }
    run.completedAt = at;
    const payload = completed.result?.payloads?.[0];
    if (run.type === 'sendToComplainant' && payload) {
      const [plain] = await codec.decode([payload]);
      run.channel = defaultPayloadConverter.fromPayload<{ channel: 'email' | 'letter' }>(plain)?.channel;
    }
  }
  return byKey;
}
