/**
 * Records one workflow history per path through the procedure (test/histories/scenarios.ts) into a
 * generation folder: `npm run record-histories -- <generation> [scenario…]`, e.g. `3-reopen`. Stored
 * histories stand for complaints already running in production: the replay test must keep passing on
 * them, so this never overwrites one — a changed workflow gets a new generation, not a re-recording.
 */
import fs from 'node:fs';
import path from 'node:path';
import { WorkflowContinuedAsNewError } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { writeWorkflowBundle } from '../worker/bundle';
import { HISTORY_ENCRYPTION_KEYS } from '../test/histories/keys';
import { SCENARIOS } from '../test/histories/scenarios';
import { SERVICE_SCENARIOS } from '../test/histories/service-scenarios';
import { startHarness } from '../test/support/harness';
import { BUNDLE_PATH, HISTORIES_DIR } from '../test/support/paths';

async function main(): Promise<void> {
  const [generation, ...only] = process.argv.slice(2);
  if (!generation) throw new Error('usage: npm run record-histories -- <generation folder> [scenario…]');
  const dir = path.join(HISTORIES_DIR, generation);
  fs.mkdirSync(dir, { recursive: true });
  await writeWorkflowBundle(BUNDLE_PATH);
  // Product defaults where the scenarios allow: receipt confirmations on (dates stay calendar days, so
  // the scenarios' promises never fall on a closed day).
  const h = await startHarness({ ENCRYPTION_KEYS: HISTORY_ENCRYPTION_KEYS, RECEIPT_CONFIRMATION: 'true' });
  try {
    for (const [name, scenario] of Object.entries({ ...SCENARIOS, ...SERVICE_SCENARIOS })) {
      if (only.length && !only.includes(name)) continue;
      const file = path.join(dir, `${name}.json`);
      if (fs.existsSync(file)) {
        console.log(`kept ${file}: a stored history is never recorded again`);
        continue;
      }
      const handle = await scenario(h);
      // A run that continued as new is as complete as a run gets: its history ends there.
      await handle.result().catch((error: unknown) => {
        if (!(error instanceof WorkflowContinuedAsNewError)) throw error;
      });
      fs.writeFileSync(file, historyToJSON(await handle.fetchHistory()));
      console.log(`recorded ${file}`);
    }
  } finally {
    await h.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
