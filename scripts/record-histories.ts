/**
 * Records one workflow history per path through the procedure (test/histories/scenarios.ts) into
 * test/histories/*.json. Run it only when adding a scenario: stored histories stand for complaints
 * already running in production, and the replay test must keep passing on them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { WORKFLOWS_PATH } from '../worker/create-worker';
import { SCENARIOS } from '../test/histories/scenarios';
import { startHarness } from '../test/support/harness';
import { BUNDLE_PATH, HISTORIES_DIR } from '../test/support/paths';

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const { code } = await bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH });
  fs.mkdirSync(path.dirname(BUNDLE_PATH), { recursive: true });
  fs.writeFileSync(BUNDLE_PATH, code);
  const h = await startHarness();
  try {
    for (const [name, scenario] of Object.entries(SCENARIOS)) {
      if (only.length && !only.includes(name)) continue;
      const handle = await scenario(h);
      await handle.result();
      const file = path.join(HISTORIES_DIR, `${name}.json`);
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
