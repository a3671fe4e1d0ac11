/**
 * The complaint worker: runs the workflows (complaints, status links, the monthly report) and their
 * activities on the complaints task queue.
 */
import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import type { DataConverter } from '@temporalio/common';
import { TASK_QUEUE } from '../domain/actions';
import type { Activities } from '../activities';
import { WORKFLOW_SOURCES } from './bundle';

export interface WorkerDeps {
  connection: NativeConnection;
  namespace: string;
  activities: Activities;
  /** Encrypts payloads (infra/payload-codec.ts); the same as the clients'. */
  dataConverter: DataConverter;
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
    dataConverter: deps.dataConverter,
    ...(deps.cacheSize ? { maxCachedWorkflows: deps.cacheSize } : {}),
    ...(deps.workflowBundle
      ? { workflowBundle: deps.workflowBundle }
      : { workflowsPath: WORKFLOW_SOURCES.workflowsPath }),
  });
}
