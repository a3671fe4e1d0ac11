/** Serves the API with real dependencies from configuration, until stopped. */
import type { Server } from 'node:http';
import { Client, Connection } from '@temporalio/client';
import type { Config } from '../infra/config';
import { openDatabase } from '../infra/database';
import type { Running } from '../worker/run-worker';
import { createApp } from './app';
import { startPendingWorkflows } from './complaints/start-workflow';

export async function runApi(config: Config, address: string): Promise<Running> {
  const connection = await Connection.connect({ address });
  const client = new Client({ connection, namespace: config.temporal.namespace });
  const db = openDatabase(config.databaseUrl);
  const resumed = await startPendingWorkflows(client, db);
  if (resumed) console.log(`started the workflows of ${resumed} complaint(s) registered while Temporal was away`);
  const server: Server = await new Promise((resolve) => {
    const s = createApp({ db, client, config }).listen(config.port, () => resolve(s));
  });
  return {
    describe: `http://localhost:${config.port}`,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await connection.close();
      await db.$disconnect();
    },
  };
}
