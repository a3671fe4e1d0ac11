/** Runs the complaint worker with real dependencies from configuration, until stopped. */
import { NativeConnection } from '@temporalio/worker';
import { activityDeps, createActivities } from '../activities';
import { createMailer } from '../activities/mailer';
import type { Config } from '../infra/config';
import { openDatabase } from '../infra/database';
import { loadKeyring } from '../infra/keyring';
import { dataConverter } from '../infra/payload-codec';
import { createComplaintWorker } from './create-worker';

export interface Running {
  /** Where mail goes, for the start-up banner. */
  describe: string;
  stop(): Promise<void>;
}

export async function runWorker(config: Config, address: string): Promise<Running> {
  const connection = await NativeConnection.connect({ address });
  const db = openDatabase(config.databaseUrl);
  const mailer = createMailer(config.mail);
  const keys = loadKeyring(config);
  const activities = createActivities(activityDeps(config, db, mailer, keys));
  const worker = await createComplaintWorker({
    connection,
    namespace: config.temporal.namespace,
    activities,
    dataConverter: dataConverter(keys),
    cacheSize: config.worker.cacheSize,
    ...(config.worker.bundlePath ? { workflowBundle: { codePath: config.worker.bundlePath } } : {}),
  });
  const running = worker.run();
  return {
    describe: mailer.describe(),
    async stop() {
      // The SDK already starts shutting the worker down on SIGINT/SIGTERM itself.
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await running;
      await connection.close();
      await db.$disconnect();
      mailer.close();
    },
  };
}
