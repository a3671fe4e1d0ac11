/** Serves the API with real dependencies from configuration, until stopped. */
import type { Server } from 'node:http';
import { Client, Connection } from '@temporalio/client';
import type { Config } from '../infra/config';
import { openDatabase } from '../infra/database';
import { openKeyring } from '../infra/key-register';
import { dataConverter } from '../infra/payload-codec';
import { registerSearchAttributes } from '../infra/search-attributes';
import type { Running } from '../worker/run-worker';
import { createApp } from './app';
import { realClock } from './deps';
import { keepStartingPendingWorkflows, startPendingWorkflows } from './complaints/start-workflow';
import { ensureRetentionSchedule } from './privacy/retention-schedule';
import { ensureMonthlyReportSchedule } from './reports/schedule';

export async function runApi(config: Config, address: string): Promise<Running> {
  const db = openDatabase(config.databaseUrl);
  const keys = await openKeyring(config, db).catch(async (error) => {
    await db.$disconnect();
    throw error;
  });
  const connection = await Connection.connect({ address });
  const client = new Client({ connection, namespace: config.temporal.namespace, dataConverter: dataConverter(keys) });
  const added = await registerSearchAttributes(connection.operatorService, config.temporal.namespace);
  if (added.length) console.log(`registered search attributes ${added.join(', ')} in Temporal`);
  await scheduleMonthlyReport(client, config);
  await scheduleRetention(client, config);
  const resumed = await startPendingWorkflows(client, db);
  if (resumed) console.log(`started the workflows of ${resumed} complaint(s) registered while Temporal was away`);
  const server: Server = await new Promise((resolve) => {
    const s = createApp({ db, client, config, keys, clock: realClock }).listen(config.port, () => resolve(s));
  });
  const stopStarting = keepStartingPendingWorkflows(client, db, config.workflowStartRetryMs);
  return {
    describe: `http://localhost:${config.port}`,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await stopStarting();
      await connection.close();
      await db.$disconnect();
    },
  };
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
