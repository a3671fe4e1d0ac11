/**
 * `npm start`: the whole service on one machine with embedded defaults. Starts a Temporal dev server
 * (state in DATA_DIR/temporal.db, Temporal Web on TEMPORAL_UI_PORT) unless TEMPORAL_ADDRESS names one,
 * applies the register's migrations (SQLite or PostgreSQL, by DATABASE_URL), checks the keys, then runs
 * the worker and the API as processes of their own under this one (infra/supervisor.ts): one Ctrl-C stops
 * them, then the dev server; a part that dies stops the whole service. Started again, it resumes every
 * open complaint where it was: its timers live in the dev server's database file.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { TEMPORAL_WEB_PATH } from '../api/temporal-web';
import { ConfigError, loadConfig } from '../infra/config';
import { openDatabase } from '../infra/database';
import { openKeyring } from '../infra/key-register';
import { KeyringError } from '../infra/keyring';
import { redactedUrl } from '../infra/database-url';
import { ensureHistoryRetention } from '../infra/namespace-retention';
import { keepFilesPrivate } from '../infra/private-files';
import { stopOnSignal } from '../infra/stop-on-signal';
import { PartError, startParts, type Parts } from '../infra/supervisor';
import { temporalCli } from '../infra/temporal-binaries';
import { PROJECT_ROOT } from '../infra/project-root';
import { startEphemeral } from '../infra/ephemeral-temporal';

// How long the dev server's writes wait for a lock (a backup's read) before they fail.
const SQLITE_BUSY_TIMEOUT_MS = 10_000;

// The parts, in the order they stop: the API first (a staff action waits on the worker), then the worker.
// This file's own extension: .ts under tsx (`npm start`), .js compiled into dist/ (`npm run start:prod`).
const PARTS = ['api', 'worker'].map((name) => ({
  name,
  module: path.join(__dirname, '..', name, `main${path.extname(__filename)}`),
}));

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
    temporal = await startEphemeral(() =>
      TestWorkflowEnvironment.createLocal({
        server: {
          executable: temporalCli(),
          dbFilename: path.join(config.dataDir, 'temporal.db'),
          namespace: config.temporal.namespace,
          port: config.temporal.port,
          ui: true,
          uiPort: config.temporal.uiPort,
          extraArgs: [
            // Operators open Temporal Web through this service, at /temporal/ (api/temporal-web.ts): same origin
            // as the codec endpoint, so the browser sends the operator's session with each decode (api/codec.ts).
            ...['--ui-public-path', TEMPORAL_WEB_PATH],
            ...['--ui-codec-endpoint', `${config.publicUrl}/codec`],
            // Temporal Web would fetch a news feed from temporal.io in every operator's browser.
            '--ui-disable-news-fetch',
            // Write-ahead logging, so that `npm run backup` reads a consistent copy without holding up the
            // server's writes; a writer that meets a lock waits rather than fails.
            ...['--sqlite-pragma', 'journal_mode=wal', '--sqlite-pragma', `busy_timeout=${SQLITE_BUSY_TIMEOUT_MS}`],
          ],
        },
      }),
    );
    address = `localhost:${config.temporal.port}`;
    // AVG: ended workflows' histories leave Temporal after TEMPORAL_HISTORY_RETENTION (the dev server's own default is a day).
    const { namespace } = config.temporal;
    if (await ensureHistoryRetention(temporal.connection, namespace, config.retention.historyMs))
      console.log(
        `Temporal keeps ended workflows' histories in namespace ${namespace} for ${config.retention.historyMs / 86_400_000} day(s)`,
      );
  }

  let parts: Parts;
  try {
    // The configuration travels in the environment, the dev server's address with it.
    parts = await startParts(PARTS, { ...process.env, TEMPORAL_ADDRESS: address }, (name, how) => {
      console.error(
        `The ${name} ${how}: the service stops (a part is not restarted, so that a crash shows). ` +
          'Open complaints resume at the next start.',
      );
      void parts.stop().finally(async () => {
        await temporal?.teardown();
        process.exit(1);
      });
    });
  } catch (error) {
    await temporal?.teardown();
    throw error;
  }
  const api = { describe: parts.described.api };
  const worker = { describe: parts.described.worker };
  console.log(
    [
      '',
      `Complaint service for ${config.organisationName} is running.`,
      `  Web app        ${api.describe}/app   (the first account: npm run create-account, see README "Accounts")`,
      `  Public form    ${api.describe}/klacht   (complainants; their status pages are at /status/…)`,
      `  API            ${api.describe}/api/complaints   (health: ${api.describe}/health)`,
      temporal
        ? `  Temporal Web   ${config.publicUrl}${TEMPORAL_WEB_PATH}/namespaces/${config.temporal.namespace}/workflows   (operators, signed in to the web app)`
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
      await parts.stop();
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
  const plain = error instanceof KeyringError || error instanceof ConfigError || error instanceof PartError;
  console.error(plain ? error.message : error);
  process.exit(1);
});
