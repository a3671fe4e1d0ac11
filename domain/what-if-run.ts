/**
 * Issue 22: the what-if as a Temporal workflow, as the workflow, its activity and the API share it. A
 * replay takes seconds to minutes, so a page or program asks for one, is told where its answer will be,
 * and asks there until it is done; nothing holds a request open meanwhile. Its activity has an interface
 * of its own, as the monthly report's does: it concerns no one complaint, and the complaint workflow
 * never calls it.
 */
import { defineQuery } from '@temporalio/workflow';
import type { WhatIfReport } from '../whatif/what-if';

/** Every what-if run's workflow ID starts so; the rest is a hash of the request (api/reports/what-if-runs.ts). */
export const WHAT_IF_RUN_PREFIX = 'what-if-';

export interface WhatIfRunInput {
  from: string;
  to: string;
  /** KEY=VALUE settings of the proposal, as parsed (whatif/policy.ts): the baseline is the worker's configuration. */
  settings: Record<string, string>;
  staffTiming: 'same-time' | 'same-working-day';
  /** The register's moment as the API read it: terms still running then are judged as running. */
  now: string;
}

export interface WhatIfActivities {
  /** Reads the period's lives from the register and replays them under both policies; stores and sends nothing. */
  runWhatIf(input: WhatIfRunInput): Promise<WhatIfReport>;
}

/**
 * The run's answer once it is in (undefined before). The API asks this rather than waiting on the result:
 * a query answers at once, a finished run included, and never lets a test server's clock skip ahead.
 */
export const whatIfAnswerQuery = defineQuery<WhatIfReport | undefined>('whatIfAnswer');
