/**
 * `npm run patches`: per patch of the complaint workflow, how many running complaints could still take
 * its old branch, and what may be done with it now (README, "Upgrades"). Reads Temporal's visibility
 * only; changes nothing. Needs the service's Temporal: TEMPORAL_ADDRESS, or the dev server `npm start`
 * runs on TEMPORAL_PORT.
 */
import { Client, Connection } from '@temporalio/client';
import { loadConfig } from '../infra/config';
import { patchCensus, type PatchCount } from '../infra/patch-census';

const ADVICE: Record<PatchCount['advice'], string> = {
  keep: 'keep: running complaints may still replay the old branch',
  deprecate: 'may be deprecated: replace patched() and the old branch by deprecatePatch()',
  wait: 'deprecated: wait until the complaints started before the deprecation have ended',
  remove: 'may be removed: no running complaint was started before its deprecation',
};

async function main(): Promise<void> {
  const config = loadConfig();
  const address = config.temporal.address ?? `localhost:${config.temporal.port}`;
  const connection = await Connection.connect({ address });
  try {
    const client = new Client({ connection, namespace: config.temporal.namespace });
    const rows = await patchCensus(client);
    const width = Math.max(...rows.map((r) => r.id.length));
    console.log(`${'patch'.padEnd(width)}  since       old branch  advice`);
    for (const r of rows) {
      const count = r.deprecated ? `${r.beforeDeprecation} before ${r.deprecated}` : String(r.oldBranch);
      console.log(`${r.id.padEnd(width)}  ${r.since}  ${count.padStart(10)}  ${ADVICE[r.advice]}`);
    }
  } finally {
    await connection.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
