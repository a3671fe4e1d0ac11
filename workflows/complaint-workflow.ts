/**
 * One complaint, from registration to closing, as a durable workflow (../shared/PROCEDURE.md).
 * Handlers for staff actions are registered first; then the complaint goes from phase to phase, and in
 * each the watcher of that phase (workflows/phases.ts) waits on its deadlines: the callback (R7), the
 * automatic acknowledgement before the reply term ends (R3/R9/R10), every promised date (R4), and the
 * closing of an answered complaint (R6). Messages go out in the background, so a staff action is
 * answered as soon as it is on record, even while the mail server is down.
 */
import { ApplicationFailure, allHandlersFinished, condition } from '@temporalio/workflow';
import type { ComplaintState, ComplaintWorkflowInput } from '../domain/complaint';
import { reasonOf } from '../domain/refusals';
import { isUnsealed } from '../domain/sealed-messages';
import { registerHandlers } from './handlers';
import { WATCHERS } from './phases';
import { Procedure } from './procedure';
import { runningDeadlines } from './state';
import { patched } from './patches';

export async function complaintWorkflow(input: ComplaintWorkflowInput): Promise<ComplaintState> {
  // Started by someone without the payload key (complaints started before encryption replay as they ran).
  if (isUnsealed(input) && patched('sealed-messages-only')) {
    throw ApplicationFailure.nonRetryable(reasonOf({ code: 'unsealed' }), 'UnsealedInput');
  }
  const p = new Procedure(input);
  registerHandlers(p);
  // The register has the complaint already (R2); this puts its first deadlines on record.
  await p.record('procedure_started', 'system', { deadlines: runningDeadlines(p.state, p.terms) });
  p.confirmReceipt();
  while (p.state.phase !== 'withdrawn' && !p.ended) {
    await WATCHERS[p.state.phase as keyof typeof WATCHERS](p);
  }
  await condition(() => p.settled() && allHandlersFinished());
  return p.view();
}
