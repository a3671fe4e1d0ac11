/**
 * What a refused action must leave as it was: the complaint's row, its events and messages in the
 * register, and its workflow history. A validator refuses before the Update is accepted, so the history
 * gains no event of its own; the time-skipping test server does record the workflow task that ran the
 * validator (a real server drops that speculative task), so workflow-task events are not counted.
 */
import type { Harness } from '../support/harness';

export type Footprint = Record<'row' | 'events' | 'messages' | 'history', string>;

export async function footprint(h: Harness, reference: string): Promise<Footprint> {
  const db = h.register.db;
  const [row, events, messages, history] = await Promise.all([
    db.complaint.findUniqueOrThrow({
      where: { reference },
      select: { status: true, nextDeadlineAt: true, handler: true },
    }),
    db.complaintEvent.count({ where: { reference } }),
    db.message.count({ where: { reference } }),
    h.workflow(reference).fetchHistory(),
  ]);
  const steps = (history.events ?? []).filter(
    (e) =>
      !e.workflowTaskScheduledEventAttributes &&
      !e.workflowTaskStartedEventAttributes &&
      !e.workflowTaskCompletedEventAttributes,
  );
  return {
    row: JSON.stringify(row),
    events: String(events),
    messages: String(messages),
    history: String(steps.length),
  };
}

/** The parts that differ, e.g. `events 4 → 5`. */
export function differences(before: Footprint, after: Footprint): string[] {
  return (Object.keys(before) as (keyof Footprint)[])
    .filter((part) => before[part] !== after[part])
    .map((part) => `${part} ${before[part]} → ${after[part]}`);
}
