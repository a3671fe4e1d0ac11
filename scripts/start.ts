/**
 * `npm start`: the whole service on one machine with embedded defaults. Starts a Temporal dev server
 * (state in DATA_DIR/temporal.db, Temporal Web on TEMPORAL_UI_PORT) unless TEMPORAL_ADDRESS names one,
 * applies the register's migrations (SQLite or PostgreSQL, by DATABASE_URL), then runs the worker and
 * the API. Started again, it resumes every open complaint where it was: its timers live in the dev
 * server's database file.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { runApi } from '../api/run-api';
import { ConfigError, loadConfig } from '../infra/config';
import { openDatabase } from '../infra/database';
import { openKeyring } from '../infra/key-register';
import { KeyringError } from '../infra/keyring';
import { redactedUrl } from '../infra/database-url';
import { ensureHistoryRetention } from '../infra/namespace-retention';
import { keepFilesPrivate } from '../infra/private-files';
import { stopOnSignal } from '../infra/stop-on-signal';
import { temporalCli } from '../infra/temporal-binaries';
import { runWorker } from '../worker/run-worker';
import { PROJECT_ROOT } from '../infra/project-root';

// How long the dev server's writes wait for a lock (a backup's read) before they fail.
const SQLITE_BUSY_TIMEOUT_MS = 10_000;

async function main(): Promise<void> {
  const config = loadConfig();
  keepFilesPrivate(config.dataDir);
  execFileSync(path.join(PROJECT_ROOT, 'scripts', 'migrate.sh'), {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: config.databaseUrl, DATA_DIR: config.dataDir },
  });

  // Before anything starts: keys that cannot read what the register and Temporal hold stop the service here.
  await checkKeys(config);

  let temporal: TestWorkflowEnvironment | undefined;
  let address = config.temporal.address;
  if (!address) {
    temporal = await TestWorkflowEnvironment.createLocal({
      server: {
        executable: temporalCli(),
        dbFilename: path.join(config.dataDir, 'temporal.db'),
        namespace: config.temporal.namespace,
        port: config.temporal.port,
        ui: true,
        uiPort: config.temporal.uiPort,
        extraArgs: [
          // Temporal Web asks this API to decode payloads for operators (api/codec.ts).
          ...['--ui-codec-endpoint', `${config.publicUrl}/codec`],
          // Write-ahead logging, so that `npm run backup` reads a consistent copy without holding up the
          // server's writes; a writer that meets a lock waits rather than fails.
          ...['--sqlite-pragma', 'journal_mode=wal', '--sqlite-pragma', `busy_timeout=${SQLITE_BUSY_TIMEOUT_MS}`],
        ],
      },
    });
    address = `localhost:${config.temporal.port}`;
    // AVG: ended workflows' histories leave Temporal after TEMPORAL_HISTORY_RETENTION (the dev server's own default is a day).
    const { namespace } = config.temporal;
    if (await ensureHistoryRetention(temporal.connection, namespace, config.retention.historyMs))
      console.log(
        `Temporal keeps ended workflows' histories in namespace ${namespace} for ${config.retention.historyMs / 86_400_000} day(s)`,
      );
  }

  const worker = await runWorker(config, address);
  const api = await runApi(config, address);
  console.log(
    [
      '',
      `Complaint service for ${config.organisationName} is running.`,
      `  Web app        ${api.describe}/app   (the first account: npm run create-account, see README "Accounts")`,
      `  Public form    ${api.describe}/klacht   (complainants; their status pages are at /status/…)`,
      `  API            ${api.describe}/api/complaints   (health: ${api.describe}/health)`,
      temporal
        ? `  Temporal Web   http://localhost:${config.temporal.uiPort}/namespaces/${config.temporal.namespace}/workflows`
        : `  Temporal       ${address} (external)`,
      `  Register       ${redactedUrl(config.databaseUrl)}`,
      `  Mail           ${worker.describe}`,
      'Press Ctrl-C to stop; open complaints resume at the next start.',
      '',
    ].join('\n'),
  );

  stopOnSignal(async () => {
    // The dev server goes last and always: a leftover one would hold its port at the next start.
    try {
      await api.stop();
      await worker.stop();
    } finally {
      await temporal?.teardown();
    }
  });
}

async function checkKeys(config: ReturnType<typeof loadConfig>): Promise<void> {
  const db = openDatabase(config.databaseUrl);
  try {
    await openKeyring(config, db);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  // A problem of configuration or keys is the operator's to fix: its message says how; a stack would bury it.
  console.error(error instanceof KeyringError || error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
