/**
 * Issue 22: one what-if, run in the background so that no request waits on it. The workflow only calls
 * the activity that replays the period (all I/O is there) and returns its answer: references, counts and
 * ISO weeks, no one's name or words (whatif/answer.ts), so the history holds nothing personal either.
 */
import { proxyActivities, setHandler } from '@temporalio/workflow';
import { whatIfAnswerQuery, type WhatIfActivities, type WhatIfRunInput } from '../domain/what-if-run';
import type { WhatIfReport } from '../whatif/what-if';

const whatIf = proxyActivities<WhatIfActivities>({
  // A year of a few thousand complaints replays in minutes on two cores; half an hour leaves room.
  startToCloseTimeout: '30 minutes',
  // The activity heartbeats every few seconds while it replays: a worker that died is noticed this soon.
  heartbeatTimeout: '1 minute',
  // A replay that failed once (a bad register row) fails again; one more try covers a worker that died.
  retry: { maximumAttempts: 2, initialInterval: '5 seconds' },
});

export async function whatIfWorkflow(input: WhatIfRunInput): Promise<WhatIfReport> {
  const run: { answer?: WhatIfReport } = {};
  setHandler(whatIfAnswerQuery, () => run.answer);
  const summary = `Issue 22: wat als ${input.from} t/m ${input.to}`;
  run.answer = await whatIf.runWhatIf.executeWithOptions({ summary }, [input]);
  return run.answer;
}
