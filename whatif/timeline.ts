/**
 * Complaint lives on one timeline of a time-skipping server: every step at its moment, walked in order,
 * the clock skipped to each. Shared by the what-if replay and the simulated year (test/simulation/), so
 * both drive the real workflow the same way: one environment for all lives, since starting one per life
 * would take minutes per hundred lives.
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';

/** Skips the server's clock to `target` (not back); the moment it then shows. */
export async function advanceClock(env: TestWorkflowEnvironment, target: number): Promise<number> {
  const now = await env.currentTimeMs();
  if (target > now) await env.sleep(target - now);
  return Math.max(now, target);
}

/** `steps` in time order; within one millisecond by `rank` of their kind (lower first). */
export function inTimeOrder<S extends { at: number; kind: string }>(steps: S[], rank: Record<S['kind'], number>): S[] {
  return steps.sort((a, b) => a.at - b.at || rank[a.kind as S['kind']] - rank[b.kind as S['kind']]);
}
