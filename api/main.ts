/** The API alone, against the Temporal at TEMPORAL_ADDRESS (docker-compose runs it so). */
import { loadConfig } from '../infra/config';
import { keepFilesPrivate } from '../infra/private-files';
import { stopOnSignal } from '../infra/stop-on-signal';
import { runApi } from './run-api';

async function main(): Promise<void> {
  const config = loadConfig();
  keepFilesPrivate(config.dataDir);
  const api = await runApi(config, config.temporal.address ?? `localhost:${config.temporal.port}`);
  console.log(`complaint API at ${api.describe}`);
  stopOnSignal(() => api.stop());
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
