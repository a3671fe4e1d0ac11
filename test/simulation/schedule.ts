/**
 * All lives of a year on one timeline: one time-skipping environment is shared by every complaint, and
 * starting an environment per life would take minutes per hundred lives. Every intake, staff action and
 * outage edge becomes a step at its moment; the runner walks them in order.
 */
import { inTimeOrder } from '../../whatif/timeline';
import type { Life, PlannedAction, YearPlan } from './plan';

export type Step =
  | { at: number; kind: 'intake'; life: Life }
  | { at: number; kind: 'action'; life: Life; action: PlannedAction }
  | { at: number; kind: 'mail-down' }
  | { at: number; kind: 'mail-up' };

// Within one millisecond: the mail server changes first, then intakes, then actions.
const ORDER: Record<Step['kind'], number> = { 'mail-up': 0, 'mail-down': 1, intake: 2, action: 3 };

/** The steps of `year` in time order; `at` in milliseconds from the start of the year. */
export function scheduleOf(year: YearPlan): Step[] {
  const steps: Step[] = [];
  for (const life of year.lives) {
    steps.push({ at: life.at, kind: 'intake', life });
    for (const action of life.actions) steps.push({ at: life.at + action.after, kind: 'action', life, action });
  }
  for (const outage of year.outages) {
    steps.push({ at: outage.at, kind: 'mail-down' }, { at: outage.at + outage.lasts, kind: 'mail-up' });
  }
  return inTimeOrder(steps, ORDER);
}
