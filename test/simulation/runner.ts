/**
 * Walks a year's schedule on one harness, as staff would: the clock is skipped to each step, which then
 * goes through the HTTP API with the account of a role that may do it. Every answer is journaled; a
 * refused action is checked to have changed nothing. Afterwards the clock runs on well past every
 * deadline, so what the procedure does by itself has happened before anything is checked.
 */
import { addDays, localDate, startOfLocalDay } from '../../domain/calendar';
import { advanceClock } from '../../whatif/timeline';
import type { Harness } from '../support/harness';
import { actionBody, intakeBody, intakeRole } from './bodies';
import { differences, footprint } from './footprint';
import type { JournalEntry, Run, Window } from './journal';
import { DAY, type YearPlan } from './plan';
import { scheduleOf, type Step } from './schedule';

export interface RunOptions {
  /** How long the clock runs on after the last step (default 120 days: past every promise). */
  settleMs?: number;
  /** Called after each step, e.g. to show progress. */
  onStep?: (done: number, total: number) => void;
}

const advance = (h: Harness, target: number) => advanceClock(h.env, target);

export async function runYear(h: Harness, year: YearPlan, options: RunOptions = {}): Promise<Run> {
  const timeZone = h.config.terms.timeZone;
  // The year begins at the next local midnight: a seed then meets the procedure's day-long deadlines at
  // the same times of day whenever it runs (the test server's clock starts at the wall clock).
  const today = localDate((await h.now()).toISOString(), timeZone);
  const start = Date.parse(startOfLocalDay(addDays(today, 1), timeZone));
  const run: Run = { start, end: start, references: new Map(), journal: [], outages: [] };
  const steps = scheduleOf(year);
  let down: number | undefined;

  const perform = async (step: Step, at: number): Promise<void> => {
    if (step.kind === 'mail-down' || step.kind === 'mail-up') {
      h.smtp.setDown(step.kind === 'mail-down');
      if (step.kind === 'mail-down') down = at;
      else run.outages.push({ from: down!, to: at } satisfies Window);
      return;
    }
    const { life } = step;
    if (step.kind === 'intake') {
      const body = intakeBody(life, new Date(at), timeZone);
      const role = intakeRole(life);
      const res = await h.intake(body, role);
      const answeredAt = (await h.now()).getTime();
      const reference: string | undefined = res.body?.complaint?.reference;
      if (res.status === 201 && reference) run.references.set(life.id, reference);
      run.journal.push({
        lifeId: life.id,
        reference,
        what: 'intake',
        role,
        at,
        answeredAt,
        status: res.status,
        body,
        ...(res.status === 201 ? {} : { error: String(res.body?.error ?? res.text) }),
      });
      return;
    }
    const reference = run.references.get(life.id);
    if (!reference) return; // its intake was refused; that is on record
    const { action } = step;
    const body = actionBody(action, new Date(at), timeZone);
    const before = await footprint(h, reference);
    const res = await h.act(reference, action.name, body, action.role);
    const answeredAt = (await h.now()).getTime();
    const entry: JournalEntry = {
      lifeId: life.id,
      reference,
      what: action.name,
      role: action.role,
      at,
      answeredAt,
      status: res.status,
      body,
    };
    if (res.status !== 200) {
      entry.error = String(res.body?.error ?? res.text);
      entry.changed = differences(before, await footprint(h, reference));
    }
    run.journal.push(entry);
  };

  for (const [i, step] of steps.entries()) {
    await perform(step, await advance(h, start + step.at));
    options.onStep?.(i + 1, steps.length);
  }
  run.end = await advance(h, (steps.at(-1)?.at ?? 0) + start + (options.settleMs ?? 120 * DAY));
  return run;
}
