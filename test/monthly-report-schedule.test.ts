/**
 * R6: the monthly report's Temporal Schedule, on a real Temporal dev server (the time-skipping test
 * server answers CreateSchedule with UNIMPLEMENTED). Made idempotently at API start: a second start leaves
 * it alone, a changed configuration updates it; triggered (as Temporal Web's "Trigger" does), it starts
 * the report workflow and the managers get the mail with the PDF.
 */
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { activityDeps, createActivities } from '../activities';
import { createMailer, type Mailer } from '../activities/mailer';
import { ensureMonthlyReportSchedule } from '../api/reports/schedule';
import { loadConfig } from '../infra/config';
import { loadKeyring } from '../infra/keyring';
import { dataConverter } from '../infra/payload-codec';
import { temporalCli } from '../infra/temporal-binaries';
import { createComplaintWorker } from '../worker/create-worker';
import { BUNDLE_PATH } from './support/paths';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { startEphemeral } from '../infra/ephemeral-temporal';

const MANAGERS = 'manager@balansborne.test';
const ZONE = 'Europe/Amsterdam';
let temporal: TestWorkflowEnvironment;
let register: TestDatabase;
let smtp: SmtpSink;
let mailer: Mailer;
let connection: Connection;
let client: Client;
let worker: Worker;
let running: Promise<void>;

beforeAll(async () => {
  register = await createTestDatabase();
  smtp = await startSmtpSink();
  temporal = await startEphemeral(() =>
    TestWorkflowEnvironment.createLocal({
      server: { executable: temporalCli(), ui: false, dbFilename: path.join(register.dir, 'temporal.db') },
    }),
  );
  const config = loadConfig({
    DATA_DIR: register.dir,
    DATABASE_URL: register.url,
    SMTP_URL: smtp.url,
    MONTHLY_REPORT_RECIPIENTS: MANAGERS,
  });
  const keys = loadKeyring(config);
  connection = await Connection.connect({ address: temporal.address });
  client = new Client({ connection, dataConverter: dataConverter(keys) });
  mailer = createMailer(config.mail);
  worker = await createComplaintWorker({
    connection: temporal.nativeConnection,
    namespace: 'default',
    activities: createActivities(activityDeps(config, register.db, mailer, keys)),
    keys,
    workflowBundle: { codePath: BUNDLE_PATH },
  });
  running = worker.run();
}, 60_000);

afterAll(async () => {
  worker?.shutdown();
  await running;
  mailer?.close();
  await connection?.close();
  await temporal?.teardown();
  await smtp?.close();
  await register?.close();
});

const calendar = async () => {
  const { spec, action } = await client.schedule.getHandle('monthly-report').describe();
  const [c] = spec.calendars!;
  return {
    day: c.dayOfMonth[0].start,
    hour: c.hour[0].start,
    minute: c.minute[0].start,
    timezone: spec.timezone,
    workflowType: action.type === 'startWorkflow' ? action.workflowType : action.type,
  };
};

test('R6: the monthly report schedule is made once; a second start leaves it; a changed hour updates it', async () => {
  expect(await ensureMonthlyReportSchedule(client, { day: 2, hour: 7, timeZone: ZONE })).toBe('created');
  expect(await ensureMonthlyReportSchedule(client, { day: 2, hour: 7, timeZone: ZONE })).toBe('unchanged');
  expect(await calendar()).toEqual({
    day: 2,
    hour: 7,
    minute: 0,
    timezone: ZONE,
    workflowType: 'monthlyReportWorkflow',
  });
  expect(await ensureMonthlyReportSchedule(client, { day: 2, hour: 8, timeZone: ZONE })).toBe('updated');
  expect(await calendar()).toMatchObject({ day: 2, hour: 8, timezone: ZONE });
  expect(await ensureMonthlyReportSchedule(client, { day: 2, hour: 8, timeZone: ZONE })).toBe('unchanged');
  const { state } = await client.schedule.getHandle('monthly-report').describe();
  expect(state.paused).toBe(false);
}, 30_000);

test('R6: triggered, the schedule runs the report workflow and the managers get the mail with the PDF', async () => {
  const handle = client.schedule.getHandle('monthly-report');
  await handle.trigger();
  const [mail] = await smtp.waitFor(MANAGERS, 1, 20_000);
  expect(mail.subject).toMatch(/^Klachtenrapportage \w+ \d{4} — Balans Borne$/);
  expect(mail.attachments[0]).toMatchObject({ contentType: 'application/pdf' });
  expect(mail.attachments[0].filename).toMatch(/^klachtenrapportage-\d{4}-\d{2}\.pdf$/);
  const { info } = await handle.describe();
  expect(info.recentActions[0].action.workflow.workflowId).toMatch(/^monthly-report-/);
}, 30_000);
