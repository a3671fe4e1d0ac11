/**
 * Everything a procedure test needs, all real: the time-skipping Temporal test server, a worker with
 * the real activities, a register (a SQLite file; a PostgreSQL database in jest's `postgres` project)
 * and a local SMTP server that keeps what arrives. Complaints are filed through the same intake code
 * the API uses.
 */
import request from 'supertest';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { activityDeps, createActivities } from '../../activities';
import { createMailer, type Mailer } from '../../activities/mailer';
import type { WorkflowHandle } from '@temporalio/client';
import type { Express } from 'express';
import { statusQuery } from '../../domain/actions';
import { localDate } from '../../domain/calendar';
import type { ComplaintState } from '../../domain/complaint';
import { createApp } from '../../api/app';
import { createAccount } from '../../api/auth/accounts';
import type { Role } from '../../api/auth/roles';
import { fileComplaint } from '../../api/complaints/file-complaint';
import type { Intake } from '../../api/complaints/register';
import { intakeSchema } from '../../api/complaints/schemas';
import { loadConfig, type Config } from '../../infra/config';
import { openKeyring } from '../../infra/key-register';
import type { Keyring } from '../../infra/keyring';
import { dataConverter } from '../../infra/payload-codec';
import { registerSearchAttributes } from '../../infra/search-attributes';
import { temporalTestServer } from '../../infra/temporal-binaries';
import { createComplaintWorker } from '../../worker/create-worker';
import { BUNDLE_PATH } from './paths';
import { clockShiftMs } from './clock-shift';
import { startSmtpSink, type SmtpSink } from './smtp-sink';
import { createTestDatabase, type TestDatabase } from './test-database';
import { startEphemeral } from '../../infra/ephemeral-temporal';

export const STAFF = 'klachten@balansborne.test';

/** One account per role, named as the tests' actors are. */
export const ACCOUNTS: Record<Role, string> = {
  intake: 'desk',
  handler: 'handler-1',
  representative: 'rep-1',
  manager: 'manager-1',
  operator: 'operator-1',
};
export const MANAGER = 'manager@balansborne.test';

export interface Harness {
  env: TestWorkflowEnvironment;
  /** The real HTTP app, wired to this harness's Temporal, register and configuration. */
  app: Express;
  smtp: SmtpSink;
  /** The one mailer of its worker and app, for another app made on this harness. */
  mailer: Mailer;
  register: TestDatabase;
  config: Config;
  /** The keys of its payload codec (a key generated into its data folder). */
  keys: Keyring;
  /** An API token per role: `rep-1` is an authorised representative, `handler-1` a handler, and so on. */
  tokens: Record<Role, string>;
  /** The Authorization header of the account with `role`. */
  as(role: Role): { Authorization: string };
  /** Files a complaint as intake does, received now by the test server's clock unless given. */
  file(intake: Record<string, unknown>): Promise<string>;
  /** The test server's clock. */
  now(): Promise<Date>;
  /** Stops the worker, as when it crashed or is being deployed: workflows wait, nothing answers. */
  stopWorker(): Promise<void>;
  /** The workflow of complaint `reference`. */
  workflow(reference: string): WorkflowHandle;
  /**
   * Skips the test server's clock forward to `iso`. A moment that has passed is an error, not a no-op:
   * the clock cannot go back, and a test that asked for a literal date would silently run on another day.
   */
  sleepUntil(iso: string): Promise<void>;
  /** Today's date (YYYY-MM-DD) in the organisation's time zone, by the test server's clock. */
  today(): Promise<string>;
  /** POST /api/complaints as `role` (default the intake desk). */
  intake(body: Record<string, unknown>, role?: Role): request.Test;
  /** GET `path` of the API as `role` (default a handler). */
  get(path: string, role?: Role): request.Test;
  /** POST `body` to `path` of the API as `role`. */
  post(path: string, body: Record<string, unknown>, role: Role): request.Test;
  /** A staff action over HTTP: POST /api/complaints/:ref/:action as `role`. */
  act(reference: string, action: string, body: Record<string, unknown>, role: Role): request.Test;
  /** Its live state, from the status query. */
  status(reference: string): Promise<ComplaintState>;
  stop(): Promise<void>;
}

/**
 * A harness for the whole test file: started before its first test, stopped after its last. Tests in
 * one file share the time-skipping server's clock, so each works with complaints of its own.
 */
export function useHarness(env: Record<string, string> = {}): Harness {
  const h = {} as Harness;
  beforeAll(async () => {
    Object.assign(h, await startHarness(env));
  });
  afterAll(async () => {
    await h.stop?.();
  });
  return h;
}

/** Mails to `address` that concern complaint `reference`. */
export function mailsAbout(h: Harness, address: string, reference: string) {
  return h.smtp.to(address).filter((m) => m.subject?.includes(reference));
}

export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  // What has started so far, to stop again when a later step fails: a file whose harness cannot start
  // must not leave a test server, a mail sink or a database behind for the rest of the run.
  const started: Array<() => Promise<unknown>> = [];
  try {
    return await startParts(env, started);
  } catch (error) {
    await stopAll(started).catch(() => undefined); // the start's own failure is the one to report
    throw error;
  }
}

/** Stops what was started, newest first: every part, even after one fails; then throws the first failure. */
async function stopAll(started: Array<() => Promise<unknown>>): Promise<void> {
  let failure: unknown;
  for (const stop of started.splice(0).reverse()) await stop().catch((error) => (failure ??= error));
  if (failure) throw failure;
}

async function startParts(env: Record<string, string>, started: Array<() => Promise<unknown>>): Promise<Harness> {
  const smtp = await startSmtpSink();
  started.push(() => smtp.close());
  const register = await createTestDatabase();
  started.push(() => register.close());
  const config = loadConfig({
    DATA_DIR: register.dir,
    DATABASE_URL: register.url,
    SMTP_URL: smtp.url,
    STAFF_EMAIL: STAFF,
    MANAGER_EMAIL: MANAGER,
    // The procedure's tests count in calendar time and count the procedure's own messages, so they do not
    // depend on the weekday they run on; the working-days, receipt and closing-message tests switch these on.
    PROMISES_ON_WORKING_DAYS: 'false',
    CALLBACK_IN_WORKING_HOURS: 'false',
    RECEIPT_CONFIRMATION: 'false',
    CLOSING_MESSAGE: 'false',
    ...env,
  });
  const keys = await openKeyring(config, register.db);
  const temporal = await startEphemeral(() =>
    TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: temporalTestServer() },
      client: { dataConverter: dataConverter(keys) },
    }),
  );
  started.push(() => temporal.teardown());
  await registerSearchAttributes(temporal.connection.operatorService, temporal.namespace ?? 'default');
  await shiftClock(temporal);
  const mailer = createMailer(config.mail);
  started.push(async () => mailer.close());
  const activities = createActivities(activityDeps(config, register.db, mailer, keys));
  const worker: Worker = await createComplaintWorker({
    connection: temporal.nativeConnection,
    namespace: temporal.namespace ?? 'default',
    activities,
    keys,
    workflowBundle: { codePath: BUNDLE_PATH },
  });
  const running = worker.run();
  const stopWorker = async () => {
    if (worker.getState() === 'RUNNING') worker.shutdown();
    await running;
  };
  started.push(stopWorker);
  const tokens = {} as Record<Role, string>;
  for (const [role, id] of Object.entries(ACCOUNTS) as [Role, string][]) {
    tokens[role] = (await createAccount(register.db, { id, name: id, roles: [role] })).token;
  }
  const now = async () => new Date(await temporal.currentTimeMs());
  // One mailer for the worker's activities and the API's own mail (password links), as each process of the
  // service has: closed with the harness.
  const app = createApp({ db: register.db, client: temporal.client, config, keys, clock: now, mailer });
  const authorization = (role: Role) => ({ Authorization: `Bearer ${tokens[role]}` });

  return {
    env: temporal,
    app,
    smtp,
    mailer,
    register,
    config,
    keys,
    tokens,
    as: authorization,
    now,
    workflow: (reference) => temporal.client.workflow.getHandle(reference),
    async sleepUntil(iso) {
      const ms = Date.parse(iso) - (await now()).getTime();
      if (ms < 0)
        throw new Error(`sleepUntil(${iso}): that moment has passed (the clock reads ${(await now()).toISOString()})`);
      if (ms > 0) await temporal.sleep(ms);
    },
    today: async () => localDate((await now()).toISOString(), config.terms.timeZone),
    intake: (body, role = 'intake') => request(app).post('/api/complaints').set(authorization(role)).send(body),
    get: (path, role = 'handler') => request(app).get(path).set(authorization(role)),
    post: (path, body, role) => request(app).post(path).set(authorization(role)).send(body),
    act: (reference, action, body, role) =>
      request(app).post(`/api/complaints/${reference}/${action}`).set(authorization(role)).send(body),
    status: (reference) => temporal.client.workflow.getHandle(reference).query(statusQuery),
    async file(intake) {
      const { complaint } = await fileComplaint(register.db, temporal.client, asIntake(intake), config.terms, {
        now: await now(),
        keys,
      });
      return complaint.reference;
    },
    stopWorker,
    stop: () => stopAll(started),
  };
}

/** Moves the file's clock on by TEST_CLOCK_SHIFT_DAYS (test/support/clock-shift.ts). */
async function shiftClock(temporal: TestWorkflowEnvironment): Promise<void> {
  const ms = clockShiftMs(process.env.TEST_CLOCK_SHIFT_DAYS);
  if (ms > 0) await temporal.sleep(ms);
}

/** The intake as staff give it, registered by the intake desk (or, answered at once, by the representative). */
export function asIntake(given: Record<string, unknown>): Intake {
  const { answeredAtOnce, ...rest } = given as { answeredAtOnce?: { by: string; answer: string } };
  const body = intakeSchema.parse({
    ...rest,
    ...(answeredAtOnce ? { answeredAtOnce: { answer: answeredAtOnce.answer } } : {}),
  });
  return { ...body, registeredBy: 'intake', answeredAtOnce };
}

/** A written complaint by e-mail, as most arrive. */
export function writtenComplaint(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    channel: 'email',
    complainant: { name: 'Jan Jansen', email: 'jan@example.nl', address: 'Grotestraat 1\n7622 GM Borne' },
    subject: 'Factuur klopt niet',
    description: 'Ik heb voor dezelfde behandeling twee keer een factuur gekregen.',
    service: 'facturatie',
    ...overrides,
  };
}

/** An oral complaint by phone. */
export function oralComplaint(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    channel: 'phone',
    complainant: { name: 'Fatima el Amrani', email: 'fatima@example.nl', phone: '074 123 4567' },
    subject: 'Onvriendelijk behandeld aan de balie',
    description: 'De medewerker aan de balie was kortaf en hielp mij niet verder.',
    ...overrides,
  };
}
