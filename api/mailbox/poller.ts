/**
 * Issue 21: starts the mailbox poller (workflows/mailbox-poller-workflow.ts) at API start when MAILBOX_URL
 * is set. One poller per namespace: its fixed workflow ID with "use existing" leaves a running one alone,
 * so restarts of the API never start a second reader; one started with another MAILBOX_POLL_SECONDS is
 * replaced. With MAILBOX_URL unset a running poller is cancelled, so that switching the mailbox off stops
 * the reading too.
 */
import { WorkflowIdConflictPolicy, WorkflowNotFoundError, type Client, type WorkflowHandle } from '@temporalio/client';
import { TASK_QUEUE } from '../../domain/actions';
import { MAILBOX_POLLER_ID } from '../../domain/mailbox';
import type { Config } from '../../infra/config';
import type { mailboxPollerWorkflow } from '../../workflows';

export async function ensureMailboxPoller(
  client: Client,
  mailbox: Config['mailbox'],
): Promise<'running' | 'restarted' | 'stopped' | 'off'> {
  const handle = client.workflow.getHandle(MAILBOX_POLLER_ID);
  const running = await runningPoller(handle);
  if (!mailbox) {
    if (!running) return 'off';
    await handle.cancel();
    return 'stopped';
  }
  // The interval it runs with is in its memo: one started with another MAILBOX_POLL_SECONDS makes way.
  if (running && running.pollSeconds === mailbox.pollSeconds) return 'running';
  if (running) await handle.terminate('MAILBOX_POLL_SECONDS changed');
  await client.workflow.start<typeof mailboxPollerWorkflow>('mailboxPollerWorkflow', {
    workflowId: MAILBOX_POLLER_ID,
    taskQueue: TASK_QUEUE,
    args: [{ pollSeconds: mailbox.pollSeconds }],
    memo: { pollSeconds: mailbox.pollSeconds },
    workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
  });
  return running ? 'restarted' : 'running';
}

async function runningPoller(handle: WorkflowHandle): Promise<{ pollSeconds: number } | undefined> {
  try {
    const { status, memo } = await handle.describe();
    return status.name === 'RUNNING' ? { pollSeconds: Number(memo?.pollSeconds) } : undefined;
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return undefined;
    throw error;
  }
}
