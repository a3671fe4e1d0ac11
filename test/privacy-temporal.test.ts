/**
 * AVG/GDPR on a real Temporal dev server (the time-skipping test server implements neither Schedules nor
 * the deletion of a workflow's history): the retention sweep's Schedule is made idempotently at API start
 * and brought in line with a changed configuration; triggered, it anonymises what is past retention; an
 * erasure deletes the complaint's history from Temporal; the namespace's history retention is set.
 */
import path from 'node:path';
import request from 'supertest';
import { Client, Connection, WorkflowNotFoundError } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { activityDeps, createActivities } from '../activities';
import { createMailer, type Mailer } from '../activities/mailer';
import { createApp } from '../api/app';
import { createAccount } from '../api/auth/accounts';
import { realClock } from '../api/deps';
import { ensureRetentionSchedule } from '../api/privacy/retention-schedule';
import { loadConfig } from '../infra/config';
import { loadKeyring } from '../infra/keyring';
import { ensureHistoryRetention } from '../infra/namespace-retention';
import { dataConverter } from '../infra/payload-codec';
import { registerSearchAttributes } from '../infra/search-attributes';
import { temporalCli } from '../infra/temporal-binaries';
import { createComplaintWorker } from '../worker/create-worker';
import { writtenComplaint } from './support/harness';
import { BUNDLE_PATH } from './support/paths';
import { insertComplaint, insertEvent } from './support/register-rows';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { startEphemeral } from '../infra/ephemeral-temporal';

const ZONE = 'Europe/Amsterdam';
const DAY = 86_400_000;
let temporal: TestWorkflowEnvironment;
let register: TestDatabase;
let mailer: Mailer;
let connection: Connection;
let client: Client;
let worker: Worker;
let running: Promise<void>;
let app: ReturnType<typeof createApp>;
let operator: string;
let intake: string;

beforeAll(async () => {
  register = await createTestDatabase();
  temporal = await startEphemeral(() =>
    TestWorkflowEnvironment.createLocal({
      server: { executable: temporalCli(), ui: false, dbFilename: path.join(register.dir, 'temporal.db') },
    }),
  );
  const config = loadConfig({ DATA_DIR: register.dir, DATABASE_URL: register.url });
  const keys = loadKeyring(config);
  connection = await Connection.connect({ address: temporal.address });
  client = new Client({ connection, dataConverter: dataConverter(keys) });
  await registerSearchAttributes(connection.operatorService, 'default');
  mailer = createMailer(config.mail);
  worker = await createComplaintWorker({
    connection: temporal.nativeConnection,
    namespace: 'default',
    activities: createActivities(activityDeps(config, register.db, mailer, keys)),
    keys,
    workflowBundle: { codePath: BUNDLE_PATH },
  });
  running = worker.run();
  app = createApp({ db: register.db, client, config, keys, clock: realClock, mailer });
  operator = (await createAccount(register.db, { id: 'beheer', name: 'B', roles: ['operator'] })).token;
  intake = (await createAccount(register.db, { id: 'balie', name: 'B', roles: ['intake'] })).token;
}, 60_000);

afterAll(async () => {
  worker?.shutdown();
  await running;
  mailer?.close();
  await connection?.close();
  await temporal?.teardown();
  await register?.close();
});

test('AVG: the retention schedule is made once, daily at RETENTION_HOUR; a changed retention updates it; triggered, it anonymises what is past retention', async () => {
  const timing = { hour: 3, timeZone: ZONE, retentionMs: 730 * DAY };
  expect(await ensureRetentionSchedule(client, timing)).toBe('created');
  expect(await ensureRetentionSchedule(client, timing)).toBe('unchanged');
  const handle = client.schedule.getHandle('retention');
  const described = await handle.describe();
  expect(described.spec.calendars![0].hour).toEqual([{ start: 3, end: 3, step: 1 }]);
  expect(described.spec.timezone).toBe(ZONE);

  // Complaints written straight into the register, as years of use would have left them.
  const now = Date.now();
  const iso = (ms: number) => new Date(ms).toISOString();
  await insertComplaint(register.db, {
    reference: 'KL-2020-00001',
    receivedAt: iso(now - 800 * DAY),
    status: 'closed',
    closedAt: iso(now - 760 * DAY),
  });
  await insertComplaint(register.db, {
    reference: 'KL-2020-00002',
    receivedAt: iso(now - 800 * DAY),
    status: 'withdrawn',
  });
  await insertEvent(register.db, 'KL-2020-00002', 'withdrawn', iso(now - 740 * DAY));
  await insertComplaint(register.db, {
    reference: 'KL-2020-00003',
    receivedAt: iso(now - 800 * DAY),
    status: 'closed',
    closedAt: iso(now - 700 * DAY),
  });

  expect(await ensureRetentionSchedule(client, { ...timing, retentionMs: 720 * DAY })).toBe('updated');
  await handle.trigger();
  const anonymised = async () =>
    (
      await register.db.complaint.findMany({ where: { anonymisedAt: { not: null } }, orderBy: { reference: 'asc' } })
    ).map((c) => c.reference);
  for (let i = 0; i < 100 && (await anonymised()).length < 2; i++) await new Promise((r) => setTimeout(r, 200));
  expect(await anonymised()).toEqual(['KL-2020-00001', 'KL-2020-00002']);
  const { info } = await handle.describe();
  expect(info.recentActions[0].action.workflow.workflowId).toMatch(/^retention-/);
}, 60_000);

test('AVG: an erasure deletes the complaint’s workflow history from Temporal', async () => {
  const filed = await request(app)
    .post('/api/complaints')
    .set('Authorization', `Bearer ${intake}`)
    .send(writtenComplaint());
  const reference = filed.body.complaint.reference;
  const erased = await request(app)
    .post('/api/privacy/erasures')
    .set('Authorization', `Bearer ${operator}`)
    .send({ reference, reason: 'Verzoek van de klager.' });
  expect(erased.body.erasure).toMatchObject({ withdrawn: true, history: 'deleted' });
  // Deletion runs in the background on the server: the workflow is gone shortly after.
  let gone = false;
  // The dev server deletes in a background task: on a loaded 2-core machine that took over 10 s once.
  for (let i = 0; i < 150 && !gone; i++) {
    gone = await client.workflow
      .getHandle(reference)
      .describe()
      .then(
        () => false,
        (e) => e instanceof WorkflowNotFoundError,
      );
    if (!gone) await new Promise((r) => setTimeout(r, 200));
  }
  expect(gone).toBe(true);
}, 60_000);

test('AVG: the namespace keeps ended histories as long as configured (set once, then left alone)', async () => {
  expect(await ensureHistoryRetention(connection, 'default', 30 * DAY)).toBe(true);
  expect(await ensureHistoryRetention(connection, 'default', 30 * DAY)).toBe(false);
  const { config } = await connection.workflowService.describeNamespace({ namespace: 'default' });
  expect(Number(config!.workflowExecutionRetentionTtl!.seconds)).toBe(30 * 86_400);
});
