/**
 * Backups (issue 18): `npm run backup` copies what `npm start` keeps while it runs, and `npm run restore`
 * puts it into a fresh data folder where the service starts and carries on. All real: the service is
 * `npm start`'s own script (its Temporal dev server with its database file, worker and API) in a child
 * process, on ports of its own. Complaints are filed with callbacks due CALLBACK_DUE (a configurable term)
 * after intake; the backup is made before they are due, the first service is stopped, and the callbacks'
 * timers fire in the restored one.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { Connection } from '@temporalio/client';
import { createAccount } from '../api/auth/accounts';
import { openDatabase } from '../infra/database';
import type { Manifest } from '../infra/backup/manifest';
import { oralComplaint, writtenComplaint } from './support/harness';
import { BUNDLE_PATH, ROOT } from './support/paths';
import { startService, type RunningService } from './support/running-service';
import { migrate } from './support/test-database';

const run = promisify(execFile);
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
// Long enough for the backup and the first service's stop after filing (under a second here), so that the
// timers fire in the restored service: at its start when they fell due while no service ran. Every second
// more is waited out; 50 s made this the suite's second-longest file.
const CALLBACK_DUE_S = 20;

const folders: string[] = [];
const services: RunningService[] = [];

afterAll(async () => {
  for (const s of services) await s.stop();
  for (const f of folders) fs.rmSync(f, { recursive: true, force: true });
});

const folder = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'klachten-backup-'));
  folders.push(dir);
  return dir;
};

/** `npm start` in `dataDir`, once it says it runs. */
async function start(dataDir: string) {
  const service = await startService({
    DATA_DIR: dataDir,
    WORKFLOW_BUNDLE: BUNDLE_PATH,
    CALLBACK_DUE: `${CALLBACK_DUE_S} seconds`,
    CALLBACK_IN_WORKING_HOURS: 'false',
    SMTP_URL: '',
    DATABASE_URL: '',
    ENCRYPTION_KEYS: '',
  });
  services.push(service);
  return { service, url: service.base, temporal: `localhost:${service.ports[1]}` };
}

const command = (script: string, dataDir: string, dir: string) =>
  run(TSX, [`scripts/${script}.ts`, dir], { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir } });

const steps = (url: string, token: string, ref: string) =>
  request(url)
    .get(`/api/complaints/${ref}`)
    .set('Authorization', `Bearer ${token}`)
    .then((r) => (r.body.events as { action: string }[]).map((e) => e.action));

test('backup while the service runs, restore into a fresh data folder: every open complaint resumes and its timers fire there', async () => {
  const first = folder();
  const url = `file:${path.join(first, 'register.db')}`;
  migrate(url);
  const db = openDatabase(url);
  const { token } = await createAccount(db, { id: 'balie', name: 'Balie', roles: ['intake', 'handler'] });
  await db.$disconnect();

  const a = await start(first);
  const file = async (body: Record<string, unknown>) => {
    const res = await request(a.url).post('/api/complaints').set('Authorization', `Bearer ${token}`).send(body);
    expect(res.status).toBe(201);
    return res.body.complaint.reference as string;
  };
  const oral = [
    await file(oralComplaint({ complainant: { name: 'Els Een', email: 'els@example.nl' } })),
    await file(oralComplaint({ complainant: { name: 'Piet Twee', email: 'piet@example.nl' } })),
    await file(oralComplaint({ complainant: { name: 'Ria Drie', phone: '074 000 0003' } })),
  ];
  const written = await file(writtenComplaint());
  const filedAt = Date.now();
  // Temporal's database runs in write-ahead logging under npm start, so the backup holds up no write.
  expect(fs.existsSync(path.join(first, 'temporal.db-wal'))).toBe(true);
  // The receipt confirmations are in the outbox before the backup.
  const mails = (dir: string) =>
    fs.existsSync(path.join(dir, 'outbox')) ? fs.readdirSync(path.join(dir, 'outbox')) : [];
  for (let i = 0; i < 100 && mails(first).length < 3; i++) await new Promise((r) => setTimeout(r, 100));
  expect(mails(first).length).toBeGreaterThanOrEqual(3);

  const backup = path.join(folder(), 'backup');
  const made = await command('backup', first, backup);
  expect(made.stdout).toMatch(/register yes, Temporal yes, keys yes, \d+ mail\(s\) from the outbox/);
  const manifest: Manifest = JSON.parse(fs.readFileSync(path.join(backup, 'manifest.json'), 'utf8'));
  expect(manifest.files.map((f) => f.part)).toEqual(expect.arrayContaining(['register', 'temporal', 'keys', 'outbox']));
  for (const f of manifest.files) expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
  const bytes = manifest.files.reduce((n, f) => n + f.bytes, 0);
  console.log(`backup: ${manifest.files.length} files, ${bytes} bytes, ${manifest.durationMs} ms`);

  await a.service.stop();
  const due = filedAt + CALLBACK_DUE_S * 1000;
  // The timers had not fired when the first service stopped: what fires below fires in the restored one.
  expect(Date.now()).toBeLessThan(due);
  const early = openDatabase(url);
  expect(await early.complaintEvent.count({ where: { action: 'callback_overdue' } })).toBe(0);
  await early.$disconnect();

  // A data folder that is not empty is refused, and nothing in it changes.
  const refused = await command('restore', first, backup).catch((e: { code: number; stderr: string }) => e);
  expect(refused).toMatchObject({
    code: 1,
    stderr: expect.stringContaining('is not empty: restore only into an empty data folder'),
  });

  const second = path.join(folder(), 'data');
  const restored = await command('restore', second, backup);
  expect(restored.stdout).toContain(`Restored the backup of ${manifest.createdAt}`);
  const b = await start(second);

  // Every open complaint is there and live; each callback's timer fires: a reminder on record, mailed.
  const live = await request(b.url).get(`/api/complaints/${written}`).set('Authorization', `Bearer ${token}`);
  expect(live.body.state.phase).toBe('in_handling');
  for (const ref of oral) {
    let actions: string[] = [];
    for (let i = 0; i < 120 && !actions.includes('callback_overdue'); i++) {
      actions = await steps(b.url, token, ref);
      if (!actions.includes('callback_overdue')) await new Promise((r) => setTimeout(r, 1000));
    }
    expect({ ref, fired: actions.includes('callback_overdue') }).toEqual({ ref, fired: true });
  }
  const notices = fs.readdirSync(path.join(second, 'outbox')).filter((f) => f.includes('callback-reminder'));
  expect(notices).toHaveLength(3);

  // npm start keeps ended workflows' histories TEMPORAL_HISTORY_RETENTION (30 days) in its namespace.
  const connection = await Connection.connect({ address: b.temporal });
  const { config } = await connection.workflowService.describeNamespace({ namespace: 'default' });
  expect(Number(config!.workflowExecutionRetentionTtl!.seconds)).toBe(30 * 86_400);
  await connection.close();
  await b.service.stop();
}, 300_000);
