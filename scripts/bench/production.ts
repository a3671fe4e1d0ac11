/**
 * The service started as production starts it (run `npm run build` first): compiled JavaScript from
 * dist/, the workflow bundle built ahead of time, the default workflow cache, each part a process of
 * its own — a Temporal dev server (`temporal server start-dev`, SQLite in a temp dir, no UI), the worker
 * (dist/worker/main.js) and the API (dist/api/main.js) — configured only through the environment.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import { createAccount } from '../../api/auth/accounts';
import { openDatabase } from '../../infra/database';
import { PROJECT_ROOT } from '../../infra/project-root';
import { temporalCli } from '../../infra/temporal-binaries';
import { sleep } from './figures';

export const DIST = path.join(PROJECT_ROOT, 'dist');

export interface Production {
  dataDir: string;
  /** The running worker process (a new one after restartWorker). */
  worker: ChildProcess;
  api: ChildProcess;
  server: ChildProcess;
  /** Starts a worker process again (after a kill); resolves when it polls. */
  startWorker(): Promise<ChildProcess>;
  /** POST to the API as a staff account with the intake role; the parsed answer. */
  post(path: string, body: unknown, expected: number | number[], key?: string): Promise<unknown>;
  stop(): Promise<void>;
}

export interface ProductionOptions {
  smtpUrl: string;
  /** Further environment for the API (e.g. ACKNOWLEDGEMENT_LEAD: the terms travel from intake). */
  apiEnv?: Record<string, string>;
}

/** Resident and peak resident memory of process `pid` (VmRSS, VmHWM), in bytes. */
export function memoryOf(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kib('VmRSS'), peak: kib('VmHWM') };
}

export function build(): void {
  console.log('npm run build …');
  execFileSync('npm', ['run', 'build'], { cwd: PROJECT_ROOT, stdio: 'pipe' });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Spawns `command`, its output into `log`, and resolves once a line of it matches `ready`. */
export function launch(command: string, args: string[], env: NodeJS.ProcessEnv, log: string, ready: RegExp) {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = fs.createWriteStream(log, { flags: 'a' });
  let seen = '';
  return new Promise<ChildProcess>((resolve, reject) => {
    const watch = (chunk: Buffer) => {
      out.write(chunk);
      seen = (seen + chunk.toString()).slice(-4096);
      if (ready.test(seen)) resolve(child);
    };
    child.stdout.on('data', watch);
    child.stderr.on('data', watch);
    child.on('exit', (code) => reject(new Error(`${path.basename(args[0] ?? command)} exited (${code}); see ${log}`)));
  });
}

/** POSTs to the API at `baseUrl` with a staff account's token; the parsed answer, or an error with the status. */
export function staffPoster(baseUrl: string, token: string): Production['post'] {
  return async (route, body, expected, key) => {
    const res = await fetch(`${baseUrl}${route}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        ...(key ? { 'idempotency-key': key } : {}),
      },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    if (![expected].flat().includes(res.status)) throw new Error(`POST ${route}: ${res.status} ${text.slice(0, 200)}`);
    return JSON.parse(text);
  };
}

/** SIGTERM, and SIGKILL when the process has not exited 15 s later (a no-op for one that has exited). */
export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(15_000)]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

export async function waitForFrontend(address: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      const connection = await Connection.connect({ address, connectTimeout: 1000 });
      await connection.workflowService.getSystemInfo({});
      await connection.close();
      return;
    } catch (error) {
      if (attempt > 60) throw error;
      await sleep(500);
    }
  }
}

export async function startProduction(options: ProductionOptions): Promise<Production> {
  const cli = temporalCli();
  if (!cli) throw new Error('no Temporal CLI: run scripts/install-temporal.sh or set TEMPORAL_CLI_PATH');
  if (!fs.existsSync(path.join(DIST, 'workflow-bundle.js'))) throw new Error('no dist/: run npm run build');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'klachten-production-'));
  const log = (name: string) => path.join(dataDir, `${name}.log`);
  const [temporalPort, apiPort] = [await freePort(), await freePort()];
  const address = `127.0.0.1:${temporalPort}`;
  const server = spawn(
    cli.path,
    ['server', 'start-dev', '--headless', '--ip', '127.0.0.1', '--port', String(temporalPort)].concat([
      '--db-filename',
      path.join(dataDir, 'temporal.db'),
      '--log-level',
      'error',
    ]),
    { stdio: ['ignore', fs.openSync(log('temporal'), 'a'), fs.openSync(log('temporal'), 'a')] },
  );
  await waitForFrontend(address);

  const databaseUrl = `file:${path.join(dataDir, 'register.db')}`;
  execFileSync(path.join(PROJECT_ROOT, 'scripts', 'migrate.sh'), {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: 'pipe',
  });
  const db = openDatabase(databaseUrl);
  const { token } = await createAccount(db, { id: 'bench', name: 'Bench', roles: ['intake', 'handler'] });
  await db.$disconnect();

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    TEMPORAL_ADDRESS: address,
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    SMTP_URL: options.smtpUrl,
    // Worker and API must hold the same keys; given here, neither has to wait for the other's key file.
    ENCRYPTION_KEYS: `bench:${randomBytes(32).toString('base64')}`,
    WORKFLOW_BUNDLE: path.join(DIST, 'workflow-bundle.js'),
    PORT: String(apiPort),
  };
  const startWorker = () =>
    launch('node', [path.join(DIST, 'worker', 'main.js')], env, log('worker'), /complaint worker running/);
  const production: Production = {
    dataDir,
    server,
    worker: await startWorker(),
    api: await launch(
      'node',
      [path.join(DIST, 'api', 'main.js')],
      { ...env, ...options.apiEnv },
      log('api'),
      /complaint API at/,
    ),
    async startWorker() {
      production.worker = await startWorker();
      return production.worker;
    },
    post: staffPoster(`http://127.0.0.1:${apiPort}`, token),
    async stop() {
      for (const child of [production.api, production.worker, server]) await stopProcess(child);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return production;
}
