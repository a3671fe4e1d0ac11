/**
 * What the HTTP app is made of, given to every router: the register, Temporal, configuration, the
 * keys, and a clock. Apart from app.ts, so that routers need not import the app that mounts them.
 */
import type { Client } from '@temporalio/client';
import type { Mailer } from '../activities/mailer';
import type { Config } from '../infra/config';
import type { Database } from '../infra/database';
import type { Keyring } from '../infra/keyring';

export interface AppDeps {
  db: Database;
  client: Client;
  config: Config;
  /** The payload codec's keys: Temporal Web decodes through this app. */
  keys: Keyring;
  /** The time it is: the real clock, or in tests the time-skipping server's. */
  clock: () => Promise<Date>;
  /** Mail the API sends itself (password links); the caller closes it. */
  mailer: Mailer;
}

/** The real clock, for every app but the tests'. */
export const realClock = async () => new Date();
