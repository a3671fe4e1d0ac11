/**
 * The worker alone, against the Temporal at TEMPORAL_ADDRESS (docker-compose runs it so), or as a part
 * of `npm start`, forked by its supervisor (infra/supervisor.ts).
 */
import { Runtime } from '@temporalio/worker';
import { loadConfig } from '../infra/config';
import { keepFilesPrivate } from '../infra/private-files';
import { serveAsPart, underSupervisor } from '../infra/service-part';
import { runWorker } from './run-worker';

async function main(): Promise<void> {
  const config = loadConfig();
  keepFilesPrivate(config.dataDir);
  // Under the supervisor, the SDK must not shut the worker down on Ctrl-C by itself: the supervisor says when.
  if (underSupervisor()) Runtime.install({ shutdownSignals: [] });
  const worker = await runWorker(config, config.temporal.address ?? `localhost:${config.temporal.port}`);
  serveAsPart(worker, `complaint worker running; mail: ${worker.describe}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
