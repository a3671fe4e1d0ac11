/**
 * The complaint's live state from its workflow (the status query), or null when Temporal or the
 * worker does not answer in time: pages built on it still show what the register knows.
 */
import type { Client } from '@temporalio/client';
import { statusQuery } from '../../domain/actions';
import type { ComplaintState } from '../../domain/complaint';

// A query needs a running worker; without one the server would hold the request for much longer.
const QUERY_DEADLINE_MS = 5_000;

export async function liveState(client: Client, reference: string): Promise<ComplaintState | null> {
  try {
    return await client.withDeadline(Date.now() + QUERY_DEADLINE_MS, () =>
      client.workflow.getHandle(reference).query(statusQuery),
    );
  } catch (error) {
    console.warn(`status of ${reference} unavailable:`, (error as Error).message);
    return null;
  }
}
