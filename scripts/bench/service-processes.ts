/**
 * Our service as `npm start` runs it since issue 20: the worker and the API each in a process of its own,
 * forked by the same supervisor code (infra/supervisor.ts) from the same modules (worker/main.ts,
 * api/main.ts), configured only through the environment, on the bench's dev server. The bench process
 * keeps a client and a connection to the register of its own for what it checks and files directly.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Client, type Connection } from '@temporalio/client';
import { createAccount } from '../../api/auth/accounts';
import { loadConfig } from '../../infra/config';
import { loadKeyring } from '../../infra/keyring';
import { dataConverter } from '../../infra/payload-codec';
import { PROJECT_ROOT } from '../../infra/project-root';
import { startParts } from '../../infra/supervisor';
import { BUNDLE_PATH } from '../../test/support/paths';
import { createTestDatabase } from '../../test/support/test-database';
import { freePort, staffPoster } from './production';
import type { Service } from './service';

export interface ServiceProcessesOptions {
  /** The dev server's address and a client connection to it. */
  address: string;
  connection: Connection;
  smtpUrl: string;
}

// In the order they stop, as in scripts/start.ts.
const PARTS = ['api', 'worker'].map((name) => ({ name, module: path.join(PROJECT_ROOT, name, 'main.ts') }));

export async function startServiceProcesses(options: ServiceProcessesOptions): Promise<Service> {
  const register = await createTestDatabase();
  const port = await freePort();
  const env = {
    DATA_DIR: register.dir,
    DATABASE_URL: register.url,
    SMTP_URL: options.smtpUrl,
    WORKFLOW_BUNDLE: BUNDLE_PATH,
    TEMPORAL_ADDRESS: options.address,
    PORT: String(port),
    // Both parts and the bench must hold the same keys; given here, none waits for another's key file.
    ENCRYPTION_KEYS: `bench:${randomBytes(32).toString('base64')}`,
  };
  const config = loadConfig(env);
  const keys = loadKeyring(config);
  const roles: ['intake', 'handler'] = ['intake', 'handler'];
  const { token } = await createAccount(register.db, { id: 'bench', name: 'Bench', roles });
  for (const id of ['bench-a', 'bench-b']) await createAccount(register.db, { id, name: id, roles: ['handler'] });
  const parts = await startParts(PARTS, { ...process.env, ...env }, (name, how) => {
    console.error(`the ${name} ${how} during the bench: its figures would mean nothing`);
    process.exit(1);
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    register,
    config,
    keys,
    client: new Client({ connection: options.connection, dataConverter: dataConverter(keys) }),
    url,
    authorization: `Bearer ${token}`,
    post: staffPoster(url, token),
    async stop() {
      await parts.stop();
      await register.close();
    },
  };
}
