/**
 * Our service in the bench process, on a given Temporal: the real worker (real activities, the prebuilt
 * bundle, the default workflow cache), a SQLite register in a temp dir, mail to the bench's SMTP sink,
 * and the real HTTP app listening on a local port, called over HTTP as staff would.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client, type Connection, type WorkflowClientInterceptor } from '@temporalio/client';
import express, { type RequestHandler } from 'express';
import type { NativeConnection, Worker } from '@temporalio/worker';
import { activityDeps, createActivities, type Activities } from '../../activities';
import { createMailer } from '../../activities/mailer';
import { createApp } from '../../api/app';
import { createAccount } from '../../api/auth/accounts';
import { realClock } from '../../api/deps';
import { loadConfig, type Config } from '../../infra/config';
import type { Database } from '../../infra/database';
import { loadKeyring, type Keyring } from '../../infra/keyring';
import { dataConverter } from '../../infra/payload-codec';
import { createComplaintWorker } from '../../worker/create-worker';
import { BUNDLE_PATH } from '../../test/support/paths';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database';

export interface Service {
  register: TestDatabase;
  config: Config;
  keys: Keyring;
  client: Client;
  /** Base URL of the listening app, e.g. http://127.0.0.1:41234. */
  url: string;
  /** Authorization header of a staff account with the intake and handler roles. */
  authorization: string;
  /** POST `body` to `path` as that account; resolves with the parsed answer, throws on another status. */
  post(path: string, body: unknown, expected: number | number[], key?: string): Promise<unknown>;
  stop(): Promise<void>;
}

export interface ServiceOptions {
  connection: Connection;
  nativeConnection: NativeConnection;
  smtpUrl: string;
  /** Environment on top of the defaults (loadConfig's variables). */
  env?: Record<string, string>;
  /** Wraps the worker's activities, e.g. to time them (profile.ts). */
  activities?: (activities: Activities) => Activities;
  /** The app's register, e.g. one that times its queries (profile.ts); default the worker's. */
  appDb?: (db: Database) => Database;
  /** Watches the app's calls to Temporal (profile.ts). */
  interceptors?: WorkflowClientInterceptor[];
  /** Runs before the app on every request (profile.ts). */
  before?: RequestHandler;
}

export async function startService(options: ServiceOptions): Promise<Service> {
  const register = await createTestDatabase();
  const config = loadConfig({
    DATA_DIR: register.dir,
    DATABASE_URL: register.url,
    SMTP_URL: options.smtpUrl,
    WORKFLOW_BUNDLE: BUNDLE_PATH,
    ...options.env,
  });
  const keys = loadKeyring(config);
  const mailer = createMailer(config.mail);
  const activities = createActivities(activityDeps(config, register.db, mailer, keys));
  const worker: Worker = await createComplaintWorker({
    connection: options.nativeConnection,
    namespace: config.temporal.namespace,
    activities: options.activities ? options.activities(activities) : activities,
    keys,
    workflowBundle: { codePath: config.worker.bundlePath! },
    cacheSize: config.worker.cacheSize,
  });
  const running = worker.run();
  const client = new Client({
    connection: options.connection,
    dataConverter: dataConverter(keys),
    interceptors: { workflow: options.interceptors ?? [] },
  });
  const appDb = options.appDb ? options.appDb(register.db) : register.db;
  const app = express();
  if (options.before) app.use(options.before);
  app.use(createApp({ db: appDb, client, config, keys, clock: realClock, mailer }));
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const roles: ['intake', 'handler'] = ['intake', 'handler'];
  const { token } = await createAccount(register.db, { id: 'bench', name: 'Bench', roles });
  for (const id of ['bench-a', 'bench-b']) await createAccount(register.db, { id, name: id, roles: ['handler'] });
  const authorization = `Bearer ${token}`;

  return {
    register,
    config,
    keys,
    client,
    url,
    authorization,
    async post(path, body, expected, key) {
      const res = await fetch(url + path, {
        method: 'POST',
        headers: {
          authorization,
          'content-type': 'application/json',
          ...(key ? { 'idempotency-key': key } : {}),
        },
        body: JSON.stringify(body),
      });
      const text = await res.text();
      if (![expected].flat().includes(res.status)) throw new Error(`POST ${path}: ${res.status} ${text.slice(0, 200)}`);
      return JSON.parse(text);
    },
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await running;
      mailer.close();
      await register.close();
    },
  };
}
