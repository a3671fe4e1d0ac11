/**
 * A simulated year from seed to verdict: generate the lives (and add the pinned ones), run them on the
 * harness, observe the register, the SMTP server and the histories, then check every invariant and count
 * the figures. The test and `npm run simulate` both go through here.
 */
import type { Harness } from '../support/harness';
import { sampleYear } from './arbitraries';
import { figuresOf, type Figures } from './figures';
import { checkAll, type InvariantName, type Violation } from './invariants';
import { observe, type Observed } from './observe';
import { withPinned } from './pinned-lives';
import type { YearPlan } from './plan';
import { runYear, type RunOptions } from './runner';

export interface YearResult {
  plan: YearPlan;
  observed: Observed;
  violations: Record<InvariantName, Violation[]>;
  figures: Figures;
}

export async function simulateYear(
  h: Harness,
  lives: number,
  seed: number,
  options: RunOptions = {},
): Promise<YearResult> {
  const plan = withPinned(sampleYear(lives, seed));
  const run = await runYear(h, plan, options);
  const observed = await observe(h, plan, run);
  return { plan, observed, violations: checkAll(observed), figures: figuresOf(observed) };
}
