/**
 * Starts a registered complaint's workflow, exactly once, with the complaint's reference as its ID.
 * R2/R3: a complaint is registered even when Temporal does not answer; its workflow is then started as
 * soon as Temporal answers again, by a loop in the API process, so no complaint is left without its
 * deadlines and nobody has to restart anything.
 */
import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import { TASK_QUEUE } from '../../domain/actions';
import type { Channel, ComplaintKind } from '../../domain/channels';
import type { ComplaintWorkflowInput } from '../../domain/complaint';
import type { Database } from '../../infra/database';
import type { complaintWorkflow } from '../../workflows';
import { initialState, runningDeadlines } from '../../workflows/state';
import { termsDetails, workflowSummary } from '../../domain/explain';
import { withDefaults } from '../../domain/terms';
import type { ComplaintRow } from './register';

// Intake answers at once: a Temporal that has not taken the start within this time is treated as down,
// and the complaint's procedure is started by the retry loop instead.
const START_DEADLINE_MS = 3_000;

/** The workflow's input: the procedure's facts about the complaint, and no personal data. */
export function workflowInput(row: ComplaintRow): ComplaintWorkflowInput {
  return {
    reference: row.reference,
    channel: row.channel as Channel,
    kind: row.kind as ComplaintKind,
    receivedAt: row.receivedAt.toISOString(),
    registeredAt: row.registeredAt.toISOString(),
    registeredBy: row.registeredBy,
    contact: { email: !!row.complainantEmail, postal: !!row.complainantAddress },
    service: row.service ?? undefined,
    answeredAtOnce: row.answeredAtOnce ? JSON.parse(row.answeredAtOnce) : undefined,
    terms: JSON.parse(row.terms),
  };
}

/**
 * The complaints whose start is under way in this process. Between registering and stamping the start an
 * intake is in the register without workflowStartedAt, as if Temporal had been away: under load (16 intakes
 * at a time) every sweep found a dozen such complaints, started them a second time beside their own start and
 * logged that Temporal had been away (issue 20). The sweep passes them by; their own start answers for them.
 */
const starting = new Set<string>();

/** What became of one start: Temporal took it, found the workflow running already, or did not answer. */
type Outcome = 'started' | 'running' | 'unanswered';

interface Stamped {
  outcome: Exclude<Outcome, 'unanswered'>;
  stampedAt: Date;
}

/** Starts the workflow of `row`; the moment it was stamped as started, or null when Temporal did not answer. */
export async function startWorkflow(client: Client, db: Database, row: ComplaintRow): Promise<Date | null> {
  return (await startAndStamp(client, db, row))?.stampedAt ?? null;
}

async function startAndStamp(client: Client, db: Database, row: ComplaintRow): Promise<Stamped | null> {
  starting.add(row.reference);
  try {
    const outcome = await start(client, row);
    if (outcome === 'unanswered') return null;
    const stampedAt = new Date();
    await db.complaint.update({ where: { reference: row.reference }, data: { workflowStartedAt: stampedAt } });
    return { outcome, stampedAt };
  } finally {
    starting.delete(row.reference);
  }
}

async function start(client: Client, row: ComplaintRow): Promise<Outcome> {
  const input = workflowInput(row);
  const terms = withDefaults(input.terms);
  const deadlines = runningDeadlines(initialState(input, terms), terms);
  try {
    await client.withDeadline(Date.now() + START_DEADLINE_MS, () =>
      client.workflow.start<typeof complaintWorkflow>('complaintWorkflow', {
        workflowId: row.reference,
        taskQueue: TASK_QUEUE,
        args: [input],
        // What Temporal Web shows of the complaint: procedure facts, never the complainant.
        staticSummary: workflowSummary(input, deadlines, terms),
        staticDetails: termsDetails(terms),
        // A complaint's workflow runs once: a second start for the same reference is refused.
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
      }),
    );
    return 'started';
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError) return 'running';
    console.warn(`procedure of ${row.reference} not started yet (${(error as Error).message}); it will be retried`);
    return 'unanswered';
  }
}

/**
 * Starts the workflows of complaints registered while Temporal was unreachable, oldest first; returns how
 * many it started. A complaint whose workflow was found running (the API stopped between starting and
 * stamping it) is stamped and not counted: Temporal was not away for it.
 */
export async function startPendingWorkflows(client: Client, db: Database): Promise<number> {
  const pending = await db.complaint.findMany({ where: { workflowStartedAt: null }, orderBy: { registeredAt: 'asc' } });
  let started = 0;
  for (const row of pending) {
    if (starting.has(row.reference)) continue;
    // The list is as old as this round: an intake's own start may have finished since.
    const current = await db.complaint.findUnique({
      where: { reference: row.reference },
      select: { workflowStartedAt: true },
    });
    if (current?.workflowStartedAt) continue;
    const stamped = await startAndStamp(client, db, row);
    if (!stamped) break; // still down: the next round tries again
    if (stamped.outcome === 'started') started += 1;
  }
  return started;
}

/** Keeps starting pending workflows every `intervalMs` until stopped; returns the stop function. */
export function keepStartingPendingWorkflows(client: Client, db: Database, intervalMs: number): () => Promise<void> {
  let stopped = false;
  let round: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    round = round.then(async () => {
      if (stopped) return;
      const started = await startPendingWorkflows(client, db).catch((error: Error) => {
        console.warn(`starting pending procedures failed: ${error.message}`);
        return 0;
      });
      if (started) console.log(`started the procedures of ${started} complaint(s) registered while Temporal was away`);
    });
  }, intervalMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await round;
  };
}
