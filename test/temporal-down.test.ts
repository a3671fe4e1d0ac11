/**
 * R2/R3: no complaint without its procedure. With Temporal down, intake still registers the complaint
 * and answers at once with its reference; as soon as Temporal answers again the complaint's workflow is
 * started, without restarting the service. Proven on a real Temporal dev server that is stopped and
 * started again on the same port and database file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { Client, Connection } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { createMailer, type Mailer } from '../activities/mailer';
import { createApp } from '../api/app';
import { realClock } from '../api/deps';
import { createAccount } from '../api/auth/accounts';
import { keepStartingPendingWorkflows } from '../api/complaints/start-workflow';
import { loadConfig } from '../infra/config';
import { startEphemeral } from '../infra/ephemeral-temporal';
import { loadKeyring } from '../infra/keyring';
import { temporalCli } from '../infra/temporal-binaries';
import { writtenComplaint } from './support/harness';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { until } from './support/browser';
import { freePort } from './support/running-service';

let register: TestDatabase;
let temporal: TestWorkflowEnvironment | undefined;
let connection: Connection;
let stopStarting: (() => Promise<void>) | undefined;
let mailer: Mailer | undefined;

afterAll(async () => {
  await stopStarting?.();
  mailer?.close();
  await connection?.close();
  await temporal?.teardown();
  await register?.close();
});

test('R2/R3: with Temporal down intake answers at once; the procedure starts when Temporal is back, without a restart', async () => {
  register = await createTestDatabase();
  const port = await freePort();
  // Started again on the same port and file, as `npm start` starts it (CI once saw the restart take over 5 s).
  const devServer = () =>
    startEphemeral(() =>
      TestWorkflowEnvironment.createLocal({
        server: {
          executable: temporalCli(),
          port,
          ui: false,
          dbFilename: path.join(register.dir, 'temporal.db'),
        },
      }),
    );
  temporal = await devServer();
  const config = loadConfig({ DATA_DIR: register.dir, DATABASE_URL: register.url, WORKFLOW_START_RETRY: '1 second' });
  connection = await Connection.connect({ address: `127.0.0.1:${port}` });
  const client = new Client({ connection });
  mailer = createMailer(config.mail);
  const app = createApp({ db: register.db, client, config, keys: loadKeyring(config), clock: realClock, mailer });
  stopStarting = keepStartingPendingWorkflows(client, register.db, config.workflowStartRetryMs);
  const { token } = await createAccount(register.db, { id: 'desk', name: 'Desk', roles: ['intake'] });

  await temporal.teardown();
  temporal = undefined;

  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  const started = Date.now();
  const res = await request(app)
    .post('/api/complaints')
    .set('Authorization', `Bearer ${token}`)
    .send(writtenComplaint());
  const answeredIn = Date.now() - started;
  expect(res.status).toBe(202);
  expect(answeredIn).toBeLessThan(10_000);
  const { reference } = res.body.complaint;
  expect(res.body.procedure).toBe('starting');
  expect(res.headers.location).toBe(`/api/complaints/${reference}`);
  expect(await register.db.complaint.count()).toBe(1);

  temporal = await devServer();
  const running = () =>
    client.workflow
      .getHandle(reference)
      .describe()
      .then((d) => d.status.name === 'RUNNING');
  await until(() => running().catch(() => false), 30_000);
  const row = await register.db.complaint.findUniqueOrThrow({ where: { reference } });
  expect(row.workflowStartedAt).not.toBeNull();
  warn.mockRestore();
}, 90_000);

test("a dev server that answers only after the SDK's 5 s is started again, and then serves", async () => {
  const cli = temporalCli();
  if (!cli) throw new Error('no Temporal CLI: run scripts/install-temporal.sh');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slow-temporal-'));
  // The CLI behind a script whose first run answers nothing (the SDK kills it after 5 s); later runs are the CLI.
  const slow = path.join(dir, 'temporal');
  fs.writeFileSync(
    slow,
    `#!/usr/bin/env bash\nif [ ! -e "${dir}/started" ]; then touch "${dir}/started"; exec sleep 60; fi\nexec "${cli.path}" "$@"\n`,
    { mode: 0o755 },
  );
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  const server = await startEphemeral(() =>
    TestWorkflowEnvironment.createLocal({
      server: {
        executable: { type: 'existing-path', path: slow },
        ui: false,
        dbFilename: path.join(dir, 'temporal.db'),
      },
    }),
  );
  try {
    expect(fs.existsSync(path.join(dir, 'started'))).toBe(true);
    expect(warn).toHaveBeenCalledTimes(1);
    const { capabilities } = await server.connection.workflowService.getSystemInfo({});
    expect(capabilities).toBeTruthy();
  } finally {
    warn.mockRestore();
    await server.teardown();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 30_000);
