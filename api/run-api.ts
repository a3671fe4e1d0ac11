/** Serves the API with real dependencies from configuration, until stopped. */
import type { Server } from 'node:http';
import type { Express } from 'express';
import { Client, Connection } from '@temporalio/client';
import { createMailer } from '../activities/mailer';
import type { Config } from '../infra/config';
import { openDatabase } from '../infra/database';
import { openKeyring } from '../infra/key-register';
import { dataConverter } from '../infra/payload-codec';
import { registerSearchAttributes } from '../infra/search-attributes';
import type { Running } from '../worker/run-worker';
import { createApp } from './app';
import { realClock } from './deps';
import { forgetStoredStatusLinks } from './complaints/forget-status-links';
import { fillSearchTexts } from './complaints/search-texts';
import { reprojectNextDeadlines } from './complaints/next-deadlines';
import { keepStartingPendingWorkflows, startPendingWorkflows } from './complaints/start-workflow';
import { ensureRetentionSchedule } from './privacy/retention-schedule';
import { ensureMonthlyReportSchedule } from './reports/schedule';
import { ensureMailboxPoller } from './mailbox/poller';

export async function runApi(config: Config, address: string): Promise<Running> {
  const db = openDatabase(config.databaseUrl);
  const keys = await openKeyring(config, db).catch(async (error) => {
    await db.$disconnect();
    throw error;
  });
  const connection = await Connection.connect({ address });
  const client = new Client({ connection, namespace: config.temporal.namespace, dataConverter: dataConverter(keys) });
  const forgotten = await forgetStoredStatusLinks(db);
  if (forgotten) console.log(`took the status link out of ${forgotten} message(s) kept in the register`);
  const folded = await fillSearchTexts(db);
  if (folded) console.log(`filled the search text of ${folded} complaint(s) registered before it existed`);
  const reprojected = await reprojectNextDeadlines(db);
  if (reprojected) console.log(`corrected the next deadline of ${reprojected} open complaint(s) in the inbox`);
  const added = await registerSearchAttributes(connection.operatorService, config.temporal.namespace);
  if (added.length) console.log(`registered search attributes ${added.join(', ')} in Temporal`);
  await scheduleMonthlyReport(client, config);
  await scheduleRetention(client, config);
  await startMailboxPoller(client, config);
  const resumed = await startPendingWorkflows(client, db);
  if (resumed) console.log(`started the workflows of ${resumed} complaint(s) registered while Temporal was away`);
  const mailer = createMailer(config.mail);
  const server = await listen(createApp({ db, client, config, keys, clock: realClock, mailer }), config);
  const stopStarting = keepStartingPendingWorkflows(client, db, config.workflowStartRetryMs);
  return {
    describe: `http://localhost:${config.port}`,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await stopStarting();
      await connection.close();
      mailer.close();
      await db.$disconnect();
    },
  };
}

/** Serves `app` on HOST and PORT: this machine only unless HOST names another address (README, Configuration). */
export function listen(app: Express, config: Pick<Config, 'host' | 'port'>): Promise<Server> {
  return new Promise((resolve, reject) => {
    // Express 5 hands a failure to listen (the port taken, an address not on this machine) to the callback.
    const server = app.listen(config.port, config.host, (error?: Error) => (error ? reject(error) : resolve(server)));
  });
}

/** R6: the monthly report's Schedule. A Temporal that refuses it must not keep complaints out: logged, not fatal. */
async function scheduleMonthlyReport(client: Client, config: Config): Promise<void> {
  const { day, hour } = config.monthlyReport;
  try {
    const outcome = await ensureMonthlyReportSchedule(client, { day, hour, timeZone: config.terms.timeZone });
    if (outcome !== 'unchanged')
      console.log(`monthly report schedule ${outcome}: day ${day}, ${hour}:00 ${config.terms.timeZone}`);
  } catch (error) {
    console.error('could not create or update the monthly report schedule in Temporal:', error);
  }
}

/** AVG: the retention sweep's Schedule; as for the report, a refusal is logged and the service runs on. */
async function scheduleRetention(client: Client, config: Config): Promise<void> {
  const { hour, afterClosingMs } = config.retention;
  const timeZone = config.terms.timeZone;
  try {
    const outcome = await ensureRetentionSchedule(client, { hour, timeZone, retentionMs: afterClosingMs });
    if (outcome !== 'unchanged') console.log(`retention schedule ${outcome}: daily at ${hour}:00 ${timeZone}`);
  } catch (error) {
    console.error('could not create or update the retention schedule in Temporal:', error);
  }
}

/** Issue 21: the mailbox's reader; as for the Schedules, a Temporal that refuses it is logged, not fatal. */
async function startMailboxPoller(client: Client, config: Config): Promise<void> {
  try {
    const outcome = await ensureMailboxPoller(client, config.mailbox);
    if (outcome === 'running' || outcome === 'restarted')
      console.log(`mailbox read every ${config.mailbox!.pollSeconds} s`);
    if (outcome === 'stopped') console.log('no MAILBOX_URL set: the mailbox poller was stopped');
  } catch (error) {
    console.error('could not start the mailbox poller in Temporal:', error);
  }
}
