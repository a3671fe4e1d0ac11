/**
 * Issue 22: the what-if as a Temporal workflow (workflows/what-if-workflow.ts), for the staff app's page
 * and for programs: a request starts a run, or joins the one already running for the same request, and
 * is told where its answer will be; asking there gives `running` until the answer is in. Nothing waits
 * on the workflow's result (a replay can take minutes): a finished run's answer is read by a query.
 */
import { createHash } from 'node:crypto';
import { WorkflowIdConflictPolicy, WorkflowNotFoundError } from '@temporalio/client';
import { TASK_QUEUE } from '../../domain/actions';
import { WHAT_IF_RUN_PREFIX, whatIfAnswerQuery, type WhatIfRunInput } from '../../domain/what-if-run';
import type { WhatIfReport } from '../../whatif/what-if';
import type { whatIfWorkflow } from '../../workflows';
import type { AppDeps } from '../deps';
import { notFound } from '../errors';
import { whatIfAsked, type WhatIfAsked } from './what-if';

export type WhatIfRun = { status: 'running' } | { status: 'failed' } | ({ status: 'done' } & WhatIfReport);

/**
 * The run's workflow ID: a hash of what was asked (period, settings in a fixed order, staff timing), so
 * the same request asked twice — a double click, two managers — joins one run. Not of the moment asked:
 * a request asked again after its run ended starts a new run on the register as it is then.
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
  const input: WhatIfRunInput = {
    ...asked.period,
    settings: asked.overrides as Record<string, string>,
    staffTiming: asked.staffTiming,
    now: (await deps.clock()).toISOString(),
  };
  await deps.client.workflow.start<typeof whatIfWorkflow>('whatIfWorkflow', {
    workflowId,
    taskQueue: TASK_QUEUE,
    args: [input],
    workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
  });
  return workflowId;
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
