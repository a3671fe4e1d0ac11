/**
 * The service scaled out as production would run it: several worker and API processes from the
 * production build (dist/, the workflow bundle built ahead of time), each its own process, all on one
 * Temporal namespace and one PostgreSQL register, holding the same ENCRYPTION_KEYS (a payload one
 * process encrypts, any other must decrypt), and configured only through the environment.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createAccount } from '../../api/auth/accounts';
import { openDatabase } from '../../infra/database';
import { DIST, freePort, launch, staffPoster, stopProcess, type Production } from '../bench/production';
import type { Cluster } from './cluster';

export interface Api {
  process: ChildProcess;
  /** POST as a staff account with the intake role; the parsed answer. */
  post: Production['post'];
}

export interface Fleet {
  workers: ChildProcess[];
  apis: Api[];
  /** SIGKILL worker `i`, as a crash or an OOM kill would: no shutdown, its tasks left where they were. */
  killWorker(i: number): void;
  /** Starts worker `i` again (after a kill); resolves once it polls. */
  restartWorker(i: number): Promise<void>;
  /** Processes that exited although nobody stopped or killed them. */
  crashed(): string[];
  stop(): Promise<void>;
}

export interface FleetOptions {
  cluster: Cluster;
  smtpUrl: string;
  workers: number;
  apis: number;
  /** Logs of every process go here. */
  runDir: string;
  /** Further environment for every process (the terms travel from intake, the rest is shared alike). */
  env: Record<string, string>;
}

export async function startFleet(options: FleetOptions): Promise<Fleet> {
  const { cluster, runDir } = options;
  if (!fs.existsSync(path.join(DIST, 'workflow-bundle.js'))) throw new Error('no dist/: run npm run build');
  const db = openDatabase(cluster.databaseUrl);
  const { token } = await createAccount(db, { id: 'scale', name: 'Scale test', roles: ['intake', 'handler'] });
  await db.$disconnect();

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    TEMPORAL_ADDRESS: cluster.address,
    TEMPORAL_NAMESPACE: cluster.namespace,
    DATABASE_URL: cluster.databaseUrl,
    DATA_DIR: runDir,
    SMTP_URL: options.smtpUrl,
    ENCRYPTION_KEYS: `scale:${randomBytes(32).toString('base64')}`,
    WORKFLOW_BUNDLE: path.join(DIST, 'workflow-bundle.js'),
    ...options.env,
  };
  const log = (name: string) => path.join(runDir, `${name}.log`);
  const stopped = new Set<ChildProcess>();
  const startWorker = (i: number) =>
    launch('node', [path.join(DIST, 'worker', 'main.js')], env, log(`worker-${i + 1}`), /complaint worker running/);

  const fleet: Fleet = { workers: [], apis: [], killWorker, restartWorker, crashed, stop };
  try {
    // One after another: each API registers the search attributes, and a second that finds them there adds none.
    for (let i = 0; i < options.apis; i++) {
      const port = await freePort();
      const child = await launch(
        'node',
        [path.join(DIST, 'api', 'main.js')],
        { ...env, PORT: String(port) },
        log(`api-${i + 1}`),
        /complaint API at/,
      );
      fleet.apis.push({ process: child, post: staffPoster(`http://127.0.0.1:${port}`, token) });
    }
    for (let i = 0; i < options.workers; i++) fleet.workers.push(await startWorker(i));
  } catch (error) {
    await stop();
    throw error;
  }
  return fleet;

  function killWorker(i: number): void {
    stopped.add(fleet.workers[i]);
    fleet.workers[i].kill('SIGKILL');
  }

  async function restartWorker(i: number): Promise<void> {
    fleet.workers[i] = await startWorker(i);
  }

  function crashed(): string[] {
    const named = [
      ...fleet.workers.map((p, i) => [`worker ${i + 1}`, p] as const),
      ...fleet.apis.map((a, i) => [`API ${i + 1}`, a.process] as const),
    ];
    return named
      .filter(([, p]) => !stopped.has(p) && (p.exitCode !== null || p.signalCode !== null))
      .map(([name, p]) => `${name} (${p.signalCode ?? `exit ${p.exitCode}`})`);
  }

  async function stop(): Promise<void> {
    const all = [...fleet.apis.map((a) => a.process), ...fleet.workers];
    all.forEach((p) => stopped.add(p));
    await Promise.all(all.map(stopProcess));
  }
}
