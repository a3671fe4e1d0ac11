/** The complaint worker: runs the workflows and their activities on the complaints task queue. */
import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import { TASK_QUEUE } from '../domain/actions';
import type { ComplaintActivities } from '../domain/notifications';

export const WORKFLOWS_PATH = require.resolve('../workflows');

export interface WorkerDeps {
  connection: NativeConnection;
  namespace: string;
  activities: ComplaintActivities;
  /** A bundle built ahead of time (tests build it once per run); else the worker bundles at start. */
  workflowBundle?: WorkerOptions['workflowBundle'];
}

export function createComplaintWorker(deps: WorkerDeps): Promise<Worker> {
  return Worker.create({
    connection: deps.connection,
    namespace: deps.namespace,
    taskQueue: TASK_QUEUE,
    activities: deps.activities,
    ...(deps.workflowBundle ? { workflowBundle: deps.workflowBundle } : { workflowsPath: WORKFLOWS_PATH }),
  });
}
