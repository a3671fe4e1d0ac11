/**
 * Issue 22: "what if we changed the procedure?" — a period's complaints from the register, replayed under
 * today's terms and under a proposal, and the answer side by side. Nothing is stored and nothing is sent.
 */
import type { WorkerOptions } from '@temporalio/worker';
import type { Database } from '../infra/database';
import { answerOf, type WhatIfAnswer } from './answer';
import { registeredLives, type Period } from './lives';
import { proposalOf, type Overrides } from './policy';
import type { ProcedureTerms } from '../domain/terms';
import { replay } from './replay';
import type { StaffTiming } from './staff-timing';

export interface WhatIfRequest {
  period: Period;
  /** Today's terms (the configuration's). */
  baseline: ProcedureTerms;
  /** The proposal: the baseline with these settings. */
  overrides: Overrides;
  /** When staff act under the proposal: at the same time after arrival (default) or on the same working day. */
  staffTiming?: StaffTiming;
  /** The register's moment: terms still running then are judged as running. */
  now: Date;
  workflowBundle?: WorkerOptions['workflowBundle'];
}

export interface WhatIfReport extends WhatIfAnswer {
  period: Period;
  settings: Overrides;
  staffTiming: StaffTiming;
}

export async function whatIf(db: Database, request: WhatIfRequest): Promise<WhatIfReport> {
  const { baseline } = request;
  const proposal = proposalOf(baseline, request.overrides);
  const zone = baseline.timeZone;
  const lives = await registeredLives(db, request.period, zone, request.now);
  const replayed = lives.length
    ? await replay({
        lives,
        policies: { baseline, proposal },
        actual: baseline,
        staffTiming: request.staffTiming,
        zone,
        now: request.now,
        workflowBundle: request.workflowBundle,
      })
    : { baseline: new Map(), proposal: new Map() };
  return {
    period: request.period,
    settings: request.overrides,
    staffTiming: request.staffTiming ?? 'same-time',
    ...answerOf(lives, replayed.baseline, replayed.proposal, zone),
  };
}
