/**
 * The complaint worker: runs the workflows (complaints, status links, the monthly report) and their
 * activities on the complaints task queue.
 */
import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import { TASK_QUEUE } from '../domain/actions';
import type { Activities } from '../activities';
import type { Keyring } from '../infra/keyring';
import { workerDataConverter } from '../infra/payload-codec';
import { WORKFLOW_SOURCES } from './bundle';

export interface WorkerDeps {
  connection: NativeConnection;
  namespace: string;
  activities: Activities;
  /** The keys of the payload codec (infra/payload-codec.ts): the clients' keys; unencrypted messages are refused. */
  keys: Keyring;
  /** A bundle built ahead of time (worker/bundle.ts); else the worker bundles at start. */
  workflowBundle?: WorkerOptions['workflowBundle'];
  /** Workflows kept in memory; an evicted one is replayed from its history when it wakes. */
  cacheSize?: number;
}

export function createComplaintWorker(deps: WorkerDeps): Promise<Worker> {
  return Worker.create({
    connection: deps.connection,
    namespace: deps.namespace,
    taskQueue: TASK_QUEUE,
    activities: deps.activities,
    dataConverter: workerDataConverter(deps.keys),
    ...(deps.cacheSize ? { maxCachedWorkflows: deps.cacheSize } : {}),
    ...(deps.workflowBundle
      ? { workflowBundle: deps.workflowBundle }
      : {
          workflowsPath: WORKFLOW_SOURCES.workflowsPath,
          bundlerOptions: { preloadModules: WORKFLOW_SOURCES.preloadModules },
        }),
  });
}
