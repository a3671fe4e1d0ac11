/**
 * The API alone, against the Temporal at TEMPORAL_ADDRESS (docker-compose runs it so), or as a part of
 * `npm start`, forked by its supervisor (infra/supervisor.ts).
 */
import { loadConfig } from '../infra/config';
import { keepFilesPrivate } from '../infra/private-files';
import { serveAsPart } from '../infra/service-part';
import { runApi } from './run-api';

async function main(): Promise<void> {
  const config = loadConfig();
  keepFilesPrivate(config.dataDir);
  const api = await runApi(config, config.temporal.address ?? `localhost:${config.temporal.port}`);
  serveAsPart(api, `complaint API at ${api.describe}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
