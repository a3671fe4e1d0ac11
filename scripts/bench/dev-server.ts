/**
 * One Temporal dev server for a comparison: `temporal server start-dev` with its state in a SQLite file
 * in `dir` (as `npm start` runs it) and no Web UI. Ours and bare Temporal share it, so every ratio is
 * measured against the same server, at the same moment.
 */
import path from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { registerSearchAttributes } from '../../infra/search-attributes';
import { temporalCli } from '../../infra/temporal-binaries';
import { startEphemeral } from '../../infra/ephemeral-temporal';

export async function startDevServer(dir: string): Promise<TestWorkflowEnvironment> {
  const env = await startEphemeral(() =>
    TestWorkflowEnvironment.createLocal({
      server: {
        executable: temporalCli(),
        ui: false,
        dbFilename: path.join(dir, 'temporal.db'),
        // Loaded on purpose: its warnings and errors about slow tasks would bury the figures.
        log: { format: 'pretty', level: 'never' },
      },
    }),
  );
  await registerSearchAttributes(env.connection.operatorService, env.namespace ?? 'default');
  return env;
}
