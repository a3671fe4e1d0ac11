/**
 * Where the Temporal binaries are. `scripts/install-temporal.sh` puts them in .tools/ (this machine
 * has no internet for the SDK's own download); the variables point elsewhere; with neither, the
 * SDK downloads them, so a user with internet needs nothing extra.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './project-root';

type Executable = { type: 'existing-path'; path: string } | undefined;

const PROJECT_TOOLS = path.join(PROJECT_ROOT, '.tools', 'venv', 'bin');

function find(variable: string, fileName: string): Executable {
  const configured = process.env[variable];
  if (configured) return { type: 'existing-path', path: configured };
  const local = path.join(PROJECT_TOOLS, fileName);
  return fs.existsSync(local) ? { type: 'existing-path', path: local } : undefined;
}

/** The Temporal CLI (dev server with Temporal Web): TEMPORAL_CLI_PATH. */
export const temporalCli = (): Executable => find('TEMPORAL_CLI_PATH', 'temporal');

/** The time-skipping test server: TEMPORAL_TEST_SERVER_PATH. */
export const temporalTestServer = (): Executable => find('TEMPORAL_TEST_SERVER_PATH', 'temporal-test-server');
