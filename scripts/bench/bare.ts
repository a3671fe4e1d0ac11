/**
 * Bare Temporal beside ours: its own worker on its own task queue, with the workflows of
 * bare-workflows.ts bundled ahead of time as ours are, the default data converter (no encryption), and
 * the same workflow cache size as our worker.
 */
import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { bundleWorkflowCode, Worker, type NativeConnection } from '@temporalio/worker';
import { createBareActivities } from './bare-activities';
import { touchUpdate, type bareDeadline, type bareWaiting } from './bare-workflows';

export const BARE_TASK_QUEUE = 'bench-bare';

export interface Bare {
  /** Starts one waiting workflow; its ID. */
  start(): Promise<string>;
  /** One Update on waiting workflow `id`. */
  update(id: string): Promise<string>;
  /** Starts a workflow whose timer fires at `at` (epoch ms) and then sends mail `<key@bench>`. */
  startDeadline(at: number, key: string): Promise<void>;
  stop(): Promise<void>;
}

const quiet = () => undefined;
const logger = { log: quiet, trace: quiet, debug: quiet, info: quiet, warn: console.warn, error: console.error };

export async function startBare(
  connection: NativeConnection,
  client: Client,
  smtpUrl: string,
  cacheSize: number,
): Promise<Bare> {
  const { code } = await bundleWorkflowCode({ workflowsPath: require.resolve('./bare-workflows'), logger });
  const activities = createBareActivities(smtpUrl);
  const worker = await Worker.create({
    connection,
    taskQueue: BARE_TASK_QUEUE,
    workflowBundle: { code },
    activities: { sendOneMail: activities.sendOneMail },
    maxCachedWorkflows: cacheSize,
  });
  const running = worker.run();
  return {
    async start() {
      const workflowId = `bare-${randomUUID()}`;
      await client.workflow.start<typeof bareWaiting>('bareWaiting', { workflowId, taskQueue: BARE_TASK_QUEUE });
      return workflowId;
    },
    update: (id) => client.workflow.getHandle(id).executeUpdate(touchUpdate, { args: ['x'] }),
    async startDeadline(at, key) {
      await client.workflow.start<typeof bareDeadline>('bareDeadline', {
        workflowId: `bare-${key}`,
        taskQueue: BARE_TASK_QUEUE,
        args: [at, key],
      });
    },
    async stop() {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await running;
      activities.close();
    },
  };
}
