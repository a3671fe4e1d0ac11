/**
 * Per patch (workflows/patch-list.ts), how many running complaints (or runs of the workflow the patch names,
 * such as the mailbox poller) could still take its old branch: those
 * started before the patch came that do not carry its marker in the `TemporalChangeVersion` search
 * attribute (Temporal sets it the first time a patched workflow passes the patch). A complaint started
 * later takes the new branch whenever it gets there. Zero means the patch can be deprecated; for a
 * deprecated one, zero complaints started before its deprecation means it can be removed.
 */
import type { Client } from '@temporalio/client';
import { PATCHES, type PatchId } from '../workflows/patch-list';

export interface PatchCount {
  id: PatchId;
  since: string;
  deprecated?: string;
  /** Running complaints that could still replay the old branch. */
  oldBranch: number;
  /** Running complaints started before the deprecation (none may remain before the call is removed). */
  beforeDeprecation?: number;
  advice: 'keep' | 'deprecate' | 'wait' | 'remove';
}

const running = (workflowType = 'complaintWorkflow') => `WorkflowType='${workflowType}' AND ExecutionStatus='Running'`;

/**
 * A moment surely after the whole of `date`, in any time zone: a complaint started before it may have
 * been started by the code of that day. Erring late only keeps a patch longer.
 */
const after = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 2 * 86_400_000).toISOString();

export async function patchCensus(
  client: Client,
  patches: Record<string, { since: string; deprecated?: string; workflowType?: string }> = PATCHES,
): Promise<PatchCount[]> {
  const count = async (query: string) => Number((await client.workflow.count(query)).count);
  const counts: PatchCount[] = [];
  for (const [id, { since, deprecated, workflowType }] of Object.entries(patches)) {
    const before = `${running(workflowType)} AND StartTime < '${after(since)}'`;
    const oldBranch = (await count(before)) - (await count(`${before} AND TemporalChangeVersion = '${id}'`));
    const beforeDeprecation = deprecated
      ? await count(`${running(workflowType)} AND StartTime < '${after(deprecated)}'`)
      : undefined;
    const advice = deprecated ? (beforeDeprecation === 0 ? 'remove' : 'wait') : oldBranch === 0 ? 'deprecate' : 'keep';
    counts.push({ id: id as PatchId, since, deprecated, oldBranch, beforeDeprecation, advice });
  }
  return counts;
}
