/** The worker alone, against the Temporal at TEMPORAL_ADDRESS (docker-compose runs it so). */
import { loadConfig } from '../infra/config';
import { keepFilesPrivate } from '../infra/private-files';
import { stopOnSignal } from '../infra/stop-on-signal';
import { runWorker } from './run-worker';

async function main(): Promise<void> {
  const config = loadConfig();
  keepFilesPrivate(config.dataDir);
  const worker = await runWorker(config, config.temporal.address ?? `localhost:${config.temporal.port}`);
  console.log(`complaint worker running; mail: ${worker.describe}`);
  stopOnSignal(() => worker.stop());
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
