/**
 * The shared parts of the scale-out test: a real Temporal server on PostgreSQL, run by
 * scripts/temporal-postgres.sh (so the test uses the server the README documents, not a copy of its
 * set-up), a namespace of the run's own on it, and the register as a database of the run's own on the
 * same PostgreSQL cluster. Own namespace and database, because workflow IDs are the references and a
 * fresh register numbers from KL-…-00001 again: in a namespace that held an earlier run's workflows
 * every start would be refused as a duplicate.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time';
import { PROJECT_ROOT } from '../../infra/project-root';
import { createPostgresDatabase, migrate } from '../../test/support/test-database';
import { sleep } from '../bench/figures';
import { waitForFrontend } from '../bench/production';

const SCRIPT = path.join(PROJECT_ROOT, 'scripts', 'temporal-postgres.sh');
// The script's defaults, read the same way: whoever moved its ports moves ours with them.
const GRPC_PORT = process.env.TEMPORAL_PG_GRPC_PORT ?? '7243';
const POSTGRES_PORT = process.env.TEMPORAL_PG_POSTGRES_PORT ?? '5433';
const PASSWORD = process.env.TEMPORAL_PG_PASSWORD ?? 'temporal';
// Long enough to look at a kept run in Temporal Web; the namespace is the run's own anyway.
const RETENTION = '3 days';

export interface Cluster {
  address: string;
  namespace: string;
  /** The register: a fresh, migrated database on the cluster Temporal uses. */
  databaseUrl: string;
  /** Whether the server ran before this test started it (then `stop` leaves it running). */
  wasRunning: boolean;
  /**
   * Deletes the namespace (the server's worker removes its workflows in the background, after a
   * restart if need be) and drops the register; stops server and cluster unless they ran before.
   */
  stop(): Promise<void>;
}

function script(command: string): string {
  return execFileSync(SCRIPT, [command], { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}

/** `up` builds the server on first use (about 8 minutes), then starts cluster and server (seconds). */
export async function startCluster(run: string): Promise<Cluster> {
  const wasRunning = /temporal-server: running/.test(script('status'));
  script('up');
  const address = `127.0.0.1:${GRPC_PORT}`;
  await waitForFrontend(address);
  const namespace = `scale-${run}`;
  await createNamespace(address, namespace);

  // The role `temporal` of temporal-postgres.sh may create databases; the register gets one of its own.
  const admin = `postgresql://temporal:${PASSWORD}@127.0.0.1:${POSTGRES_PORT}/postgres`;
  let register: Awaited<ReturnType<typeof createPostgresDatabase>> | undefined;
  try {
    register = await createPostgresDatabase(admin);
    migrate(register.url);
  } catch (error) {
    await register?.drop();
    if (!wasRunning) script('stop');
    throw error;
  }
  return {
    address,
    namespace,
    databaseUrl: register.url,
    wasRunning,
    async stop() {
      try {
        await deleteNamespace(address, namespace);
        await register.drop();
      } finally {
        if (!wasRunning) script('stop');
      }
    },
  };
}

/** Registers `namespace` and waits until the frontend serves it (its namespace cache refreshes every few seconds). */
async function createNamespace(address: string, namespace: string): Promise<void> {
  const connection = await Connection.connect({ address });
  try {
    await connection.workflowService.registerNamespace({
      namespace,
      workflowExecutionRetentionPeriod: msToTs(RETENTION),
    });
    for (let attempt = 0; ; attempt++) {
      try {
        await connection.workflowService.countWorkflowExecutions({ namespace, query: '' });
        return;
      } catch (error) {
        if (attempt > 120)
          throw new Error(`namespace ${namespace} still unknown to the frontend after 60 s`, { cause: error });
        await sleep(500);
      }
    }
  } finally {
    await connection.close();
  }
}

async function deleteNamespace(address: string, namespace: string): Promise<void> {
  const connection = await Connection.connect({ address });
  try {
    await connection.operatorService.deleteNamespace({ namespace });
  } finally {
    await connection.close();
  }
}
