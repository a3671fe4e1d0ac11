/**
 * Issue 22: the what-if as a Temporal workflow (workflows/what-if-workflow.ts), the one way a what-if runs
 * for the API and the staff app: a request starts a run, or joins the one already running or recently
 * finished for the same request, and is told where its answer will be; asking there gives `running` until
 * the answer is in. Nothing waits on the workflow's result (on the test server that lets the clock skip
 * ahead): a finished run's answer is read by a query. The synchronous GET asks the same way, repeatedly.
 */
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { WorkflowIdConflictPolicy, WorkflowIdReusePolicy, WorkflowNotFoundError } from '@temporalio/client';
import { TASK_QUEUE } from '../../domain/actions';
import { WHAT_IF_RUN_PREFIX, whatIfAnswerQuery, type WhatIfRunInput } from '../../domain/what-if-run';
import type { WhatIfReport } from '../../whatif/what-if';
import type { whatIfWorkflow } from '../../workflows';
import type { AppDeps } from '../deps';
import { notFound } from '../errors';
import { whatIfAsked, type WhatIfAsked } from './what-if';

export type WhatIfRun = { status: 'running' } | { status: 'failed' } | ({ status: 'done' } & WhatIfReport);

/**
 * How long a finished run answers the same request again. A what-if looks at a past period, so an answer
 * an hour old still answers it, and a manager's colleague, the CSV link and a reload get it at once rather
 * than after another replay; asked later, the request runs again on the register as it is then. The
 * answer itself stays readable at its run's address for as long as Temporal keeps the closed workflow
 * (the namespace's retention, 3 days by default), unless a newer run of the same request replaced it.
 */
export const WHAT_IF_KEPT_MS = 60 * 60 * 1000;

/** How often the synchronous GET asks whether its run is done: a replay takes seconds to minutes. */
const POLL_MS = 1_000;

/**
 * The run's workflow ID: a hash of what was asked (period, settings in a fixed order, staff timing), so
 * the same request asked twice — a double click, two managers — joins one run. Not of the moment asked:
 * which run answers is WHAT_IF_KEPT_MS's to decide.
 */
export function whatIfRunId(asked: WhatIfAsked): string {
  const settings = Object.entries(asked.overrides).sort(([a], [b]) => a.localeCompare(b));
  const key = JSON.stringify([asked.period.from, asked.period.to, settings, asked.staffTiming]);
  return WHAT_IF_RUN_PREFIX + createHash('sha256').update(key).digest('hex').slice(0, 20);
}

const RUN_ID = new RegExp(`^${WHAT_IF_RUN_PREFIX}[0-9a-f]{20}$`);

/** Starts the what-if asked for in `query` (as GET /api/reports/what-if takes it), or joins its run; its ID. */
export async function startWhatIfRun(deps: AppDeps, query: unknown): Promise<string> {
  const asked = whatIfAsked(deps, query);
  const workflowId = whatIfRunId(asked);
  const now = await deps.clock();
  if (await answeredSince(deps, workflowId, now.getTime() - WHAT_IF_KEPT_MS)) return workflowId;
  const input: WhatIfRunInput = {
    ...asked.period,
    settings: asked.overrides as Record<string, string>,
    staffTiming: asked.staffTiming,
    now: now.toISOString(),
  };
  await deps.client.workflow.start<typeof whatIfWorkflow>('whatIfWorkflow', {
    workflowId,
    taskQueue: TASK_QUEUE,
    args: [input],
    // Running: join it. Closed (an old answer, a failure): a new run under the same ID replaces it.
    workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
    workflowIdReusePolicy: WorkflowIdReusePolicy.ALLOW_DUPLICATE,
  });
  return workflowId;
}

/** Whether run `id` finished with an answer at or after `since` (ms): then it answers the request again. */
async function answeredSince(deps: AppDeps, id: string, since: number): Promise<boolean> {
  try {
    const run = await deps.client.workflow.getHandle(id).describe();
    return run.status.name === 'COMPLETED' && (run.closeTime?.getTime() ?? 0) >= since;
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return false;
    throw error;
  }
}

/** Run `id` as it stands: running, failed, or done with its answer; an ID that names no run is a 404. */
export async function whatIfRun(deps: AppDeps, id: string): Promise<WhatIfRun> {
  if (!RUN_ID.test(id)) throw notFound('what-if run');
  const handle = deps.client.workflow.getHandle<typeof whatIfWorkflow>(id);
  let status;
  try {
    status = (await handle.describe()).status.name;
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) throw notFound('what-if run');
    throw error;
  }
  if (status === 'RUNNING') return { status: 'running' };
  if (status !== 'COMPLETED') return { status: 'failed' };
  const answer = await handle.query(whatIfAnswerQuery);
  return answer ? { status: 'done', ...answer } : { status: 'failed' };
}

/**
 * The answer to `query`, for the synchronous GET and its CSV: the same run as POST starts or joins, asked
 * every second until it is done. Undefined once `signal` says the client has gone: the run goes on, and
 * its answer is kept for the next ask. A failed run is a 500 whose details stay in the worker's log and
 * the workflow's history.
 */
export async function whatIfAnswer(
  deps: AppDeps,
  query: unknown,
  signal?: AbortSignal,
): Promise<WhatIfReport | undefined> {
  const id = await startWhatIfRun(deps, query);
  while (!signal?.aborted) {
    const run = await whatIfRun(deps, id);
    if (run.status === 'done') {
      const { status: _done, ...report } = run;
      return report;
    }
    if (run.status === 'failed') throw new Error(`what-if run ${id} failed`);
    await sleep(POLL_MS, undefined, { signal }).catch(() => undefined);
  }
  return undefined;
}
