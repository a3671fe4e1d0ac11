/**
 * The service's own long-running workflows, one run each, recorded as the complaints' paths are
 * (scripts/record-histories.ts): a change to their command sequence must replay these too. Apart from
 * SCENARIOS, which are the paths through the procedure that every complaint generation holds.
 */
import type { WorkflowHandle } from '@temporalio/client';
import { TASK_QUEUE } from '../../domain/actions';
import { MAILBOX_POLLER_ID } from '../../domain/mailbox';
import type { mailboxPollerWorkflow } from '../../workflows';
import type { Harness } from '../support/harness';

export const SERVICE_SCENARIOS: Record<string, (h: Harness) => Promise<WorkflowHandle>> = {
  // Issue 21: two rounds of take-in and timer, then continue-as-new. No mailbox configured: the rounds
  // find nothing, which changes no command. The first run is the one stored; the next is ended.
  'mailbox-poller': async (h) => {
    const started = await h.env.client.workflow.start<typeof mailboxPollerWorkflow>('mailboxPollerWorkflow', {
      workflowId: MAILBOX_POLLER_ID,
      taskQueue: TASK_QUEUE,
      args: [{ pollSeconds: 60, roundsPerRun: 2 }],
      memo: { pollSeconds: 60 },
    });
    const first = h.env.client.workflow.getHandle(MAILBOX_POLLER_ID, started.firstExecutionRunId, {
      followRuns: false,
    });
    while ((await first.describe()).status.name === 'RUNNING') await h.env.sleep('1 minute');
    await h.env.client.workflow.getHandle(MAILBOX_POLLER_ID).terminate('recorded');
    return first;
  },
};
