/** Runs the complaint worker with real dependencies from configuration, until stopped. */
import { NativeConnection } from '@temporalio/worker';
import { activityDeps, createActivities } from '../activities';
import { createMailer } from '../activities/mailer';
import type { Config } from '../infra/config';
import { openDatabase } from '../infra/database';
import { openKeyring } from '../infra/key-register';
import { createComplaintWorker } from './create-worker';

export interface Running {
  /** Where mail goes, for the start-up banner. */
  describe: string;
  stop(): Promise<void>;
}

export async function runWorker(config: Config, address: string): Promise<Running> {
  const db = openDatabase(config.databaseUrl);
  const keys = await openKeyring(config, db).catch(async (error) => {
    await db.$disconnect();
    throw error;
  });
  const connection = await NativeConnection.connect({ address });
  const mailer = createMailer(config.mail);
  const activities = createActivities(activityDeps(config, db, mailer, keys));
  const worker = await createComplaintWorker({
    connection,
    namespace: config.temporal.namespace,
    activities,
    keys,
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
