/**
 * AVG/GDPR: how long Temporal keeps an ended workflow's history — the namespace's retention
 * (TEMPORAL_HISTORY_RETENTION). The register keeps everything a complaint needs; a history kept longer only
 * keeps the (encrypted) payloads longer. `npm start` sets it on the dev server it starts, whose namespace
 * would otherwise keep histories for one day; an external Temporal's namespace is its operators' to set
 * (README, "Retention and rights").
 */
import type { Connection } from '@temporalio/client';
import { msNumberToTs, tsToMs } from '@temporalio/common';

/** Sets the namespace's retention to `ms` unless it is that already; whether it changed it. */
export async function ensureHistoryRetention(connection: Connection, namespace: string, ms: number): Promise<boolean> {
  const { config } = await connection.workflowService.describeNamespace({ namespace });
  if (tsToMs(config?.workflowExecutionRetentionTtl) === ms) return false;
  await connection.workflowService.updateNamespace({
    namespace,
    config: { workflowExecutionRetentionTtl: msNumberToTs(ms) },
  });
  return true;
}
