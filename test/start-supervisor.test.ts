/**
 * `npm start` runs the worker and the API as processes of their own under one supervisor (issue 20). Run
 * as a newcomer runs it (test/support/running-service.ts): one SIGINT, as Ctrl-C sends, stops every
 * process of the service and frees its ports; a part that dies takes the whole service down with a
 * non-zero exit and a message that names it, rather than leaving half a service running.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { BUNDLE_PATH } from './support/paths';
import { startService, type RunningService } from './support/running-service';

const folders: string[] = [];
const services: RunningService[] = [];

afterAll(async () => {
  for (const service of services) await service.stop();
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

async function start(): Promise<RunningService> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'klachten-supervisor-'));
  folders.push(dataDir);
  const service = await startService({
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    SMTP_URL: '',
    ENCRYPTION_KEYS: '',
    WORKFLOW_BUNDLE: BUNDLE_PATH,
  });
  services.push(service);
  return service;
}

/** The processes of the service's process group (the test helper starts it as the group's leader). */
function processesOf(service: RunningService): { pid: number; args: string }[] {
  const table = execFileSync('ps', ['-e', '-o', 'pid=,pgid=,args='], { encoding: 'utf8' });
  return table
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null && Number(m[2]) === service.pid)
    .map((m) => ({ pid: Number(m[1]), args: m[3] }));
}

const part = (service: RunningService, module: string) =>
  processesOf(service).filter((p) => p.args.includes(path.join(module, 'main.ts')));

/** Whether something still listens on `port` of 127.0.0.1 (the API and the dev server listen there). */
function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(true));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(false)));
  });
}

async function gone(service: RunningService): Promise<void> {
  // The supervisor waits for its dev server before it exits; this leaves the kernel a moment to reap.
  for (let i = 0; i < 50 && processesOf(service).length; i++) await new Promise((r) => setTimeout(r, 100));
  expect(processesOf(service)).toEqual([]);
  for (const port of service.ports) expect(await portInUse(port)).toBe(false);
}

test('issue 20 item 2: npm start runs the worker and the API as two processes; one SIGINT stops them all, frees the ports and exits 0', async () => {
  const service = await start();
  const [worker, api] = [part(service, 'worker'), part(service, 'api')];
  expect(worker).toHaveLength(1);
  expect(api).toHaveLength(1);
  expect(worker[0].pid).not.toBe(api[0].pid);
  expect((await fetch(`${service.base}/health`)).status).toBe(200);
  // The banner comes once, after both parts said they were ready.
  expect(service.output().match(/is running\./g)).toHaveLength(1);

  await service.stop();
  expect(await service.exited).toBe(0);
  await gone(service);
}, 180_000);

test('issue 20 item 2: a worker killed under npm start stops the whole service, which exits non-zero and names the worker', async () => {
  const service = await start();
  const [worker] = part(service, 'worker');
  process.kill(worker.pid, 'SIGKILL');

  expect(await service.exited).toBe(1);
  expect(service.output()).toMatch(/The worker was killed \(SIGKILL\): the service stops/);
  await gone(service);
}, 180_000);
