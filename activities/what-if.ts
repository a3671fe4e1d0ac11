/**
 * Issue 22: the what-if workflow's activity: the existing replay (whatif/what-if.ts) under the worker's
 * configuration as baseline. It heartbeats while it replays, so a worker that dies is noticed within the
 * workflow's heartbeat timeout rather than its half-hour start-to-close.
 */
import { Context } from '@temporalio/activity';
import type { WorkerOptions } from '@temporalio/worker';
import type { WhatIfActivities } from '../domain/what-if-run';
import type { ProcedureTerms } from '../domain/terms';
import type { Database } from '../infra/database';
import type { Overrides } from '../whatif/policy';
import { whatIf } from '../whatif/what-if';

export interface WhatIfDeps {
  db: Database;
  /** Today's terms: the baseline. */
  terms: ProcedureTerms;
  workflowBundle?: WorkerOptions['workflowBundle'];
}

/** Well within the workflow's heartbeat timeout of a minute. */
const HEARTBEAT_MS = 5_000;

export function createWhatIfActivities(deps: WhatIfDeps): WhatIfActivities {
  // One replay at a time per worker: each starts a Temporal test server and a worker of its own, and two
  // at once on two cores would each take twice as long. The next waits its turn (heartbeating meanwhile).
  let queue: Promise<unknown> = Promise.resolve();
  return {
    async runWhatIf(input) {
      const heartbeat = setInterval(() => Context.current().heartbeat(), HEARTBEAT_MS);
      const turn = queue.then(() =>
        whatIf(deps.db, {
          period: { from: input.from, to: input.to },
          baseline: deps.terms,
          overrides: input.settings as Overrides,
          staffTiming: input.staffTiming,
          now: new Date(input.now),
          workflowBundle: deps.workflowBundle,
        }),
      );
      queue = turn.catch(() => undefined);
      try {
        return await turn;
      } finally {
        clearInterval(heartbeat);
      }
    },
  };
}
