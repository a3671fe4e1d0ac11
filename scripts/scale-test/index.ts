/**
 * `npm run scale-test [-- --complaints=500 --restart-after=0 --concurrency=8 --ms-per-complaint=200
 * --no-build --keep]`: the service scaled out on the persistence production uses, with a crash in the
 * middle of a burst of deadlines. Not part of jest or CI: it needs the Temporal server built with Go
 * (scripts/temporal-postgres.sh) and takes minutes.
 *
 * A Temporal server on PostgreSQL, the register on the same cluster, two workers and two APIs from the
 * production build. Written complaints are filed alternately through both APIs, all received at one
 * moment and with ACKNOWLEDGEMENT_LEAD chosen so that their acknowledgements (R3) fall due at one
 * instant after the intake (as the bench's burst and recovery parts do). Once a few have gone out, worker
 * 1 is SIGKILLed; worker 2 carries on alone (with --restart-after=S, worker 1 comes back S seconds after
 * the kill). Then every count is checked against the register, Temporal and the SMTP sink; the exit
 * code is 1 when any check fails. All processes are stopped at the end, on failure and on Ctrl-C too;
 * Temporal and its cluster too, unless --keep (or they were running before).
 */
import '../../test/support/quiet-runtime';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../infra/config';
import { redactedUrl } from '../../infra/database-url';
import { PROJECT_ROOT } from '../../infra/project-root';
import { writtenComplaint } from '../../test/support/harness';
import { replyTermEnds } from '../../workflows/state';
import { closedLoop, seconds, sleep } from '../bench/figures';
import { startMailSink } from '../bench/mail-sink';
import { build } from '../bench/production';
import { acknowledgementId, mailChecks, printChecks, registerChecks, temporalChecks, type Check } from './checks';
import { startCluster, type Cluster } from './cluster';
import { startFleet, type Fleet } from './fleet';

const WORKERS = 2;
const APIS = 2;
// Time for the four processes to start and for a quiet spell before the instant, on top of the intake.
const STARTUP_MS = 30_000;
const QUIET_MS = 15_000;
// Killed once this share of the acknowledgements has arrived: the rest are due, or on their way.
const KILL_AFTER_SHARE = 0.05;
// Worker 2 alone must get every acknowledgement out within this long of the kill.
const PATIENCE_MS = 300_000;

function option(name: string, fallback: number): number {
  const given = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = given ? Number(given.split('=')[1]) : fallback;
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number ≥ 0`);
  return value;
}
const flag = (name: string) => process.argv.includes(`--${name}`);

const parts: { fleet?: Fleet; cluster?: Cluster; closeSink?: () => Promise<void> } = {};
let cleaning: Promise<void> | undefined;
/** Once, however the run ends: our processes always; Temporal and the register unless --keep. */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    await parts.fleet?.stop();
    if (parts.cluster && flag('keep')) {
      const { namespace, databaseUrl, address } = parts.cluster;
      console.log(`kept: Temporal at ${address}, namespace ${namespace}; register ${redactedUrl(databaseUrl)}`);
      console.log('  look: scripts/temporal-postgres.sh ui; stop: scripts/temporal-postgres.sh stop');
    } else {
      await parts.cluster?.stop();
      if (parts.cluster?.wasRunning) console.log('Temporal on PostgreSQL was running before the test: left running');
    }
    await parts.closeSink?.();
  })();
  return cleaning;
}

async function main(): Promise<boolean> {
  const complaints = option('complaints', 500);
  const restartAfterMs = option('restart-after', 0) * 1000;
  const concurrency = option('concurrency', 8);
  const msPerComplaint = option('ms-per-complaint', 200);
  const started = Date.now();
  const run = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const runDir = path.join(PROJECT_ROOT, 'data', 'scale-test', run);
  fs.mkdirSync(runDir, { recursive: true, mode: 0o700 });
  console.log(`scale test ${run}: ${complaints} complaints, ${APIS} APIs, ${WORKERS} workers; logs in ${runDir}`);
  if (!flag('no-build')) build();

  const sink = await startMailSink();
  parts.closeSink = sink.close;
  console.log('Temporal on PostgreSQL (scripts/temporal-postgres.sh up) …');
  const cluster = (parts.cluster = await startCluster(run));
  console.log(`  ${cluster.address}, namespace ${cluster.namespace}, register ${redactedUrl(cluster.databaseUrl)}`);

  // Every complaint received at one moment shares its reply term's end; the lead puts the acknowledgement at `at`.
  const receivedAt = new Date(Date.now() - 1000).toISOString();
  const at = Date.now() + STARTUP_MS + QUIET_MS + complaints * msPerComplaint;
  const termEnd = Date.parse(replyTermEnds(receivedAt, loadConfig(process.env).terms));
  const fleet = (parts.fleet = await startFleet({
    cluster,
    smtpUrl: sink.url,
    workers: WORKERS,
    apis: APIS,
    runDir,
    env: { ACKNOWLEDGEMENT_LEAD: `${termEnd - at}ms`, RECEIPT_CONFIRMATION: 'false' },
  }));

  const intakeStart = Date.now();
  const references: string[] = [];
  let pending = 0;
  const intake = await closedLoop(concurrency, complaints, async (i) => {
    const api = fleet.apis[i % APIS];
    const body = (await api.post('/api/complaints', writtenComplaint({ receivedAt }), [201, 202], `scale-${i}`)) as {
      complaint: { reference: string };
      procedure: 'started' | 'starting';
    };
    references.push(body.complaint.reference);
    if (body.procedure === 'starting') pending += 1;
  });
  const intakeMs = Date.now() - intakeStart;
  console.log(
    `  filed ${references.length} in ${seconds(intakeMs)}; the acknowledgements fall due in ${seconds(at - Date.now())}`,
  );
  if (Date.now() > at - 5000) console.warn('  the intake overran the instant: the deadlines did not fire together');

  const expected = new Set(references.map(acknowledgementId));
  const distinctArrived = () =>
    new Set(sink.arrivals.filter((a) => expected.has(a.messageId)).map((a) => a.messageId)).size;
  while (distinctArrived() < Math.ceil(expected.size * KILL_AFTER_SHARE) && Date.now() < at + 60_000) await sleep(20);
  fleet.killWorker(0);
  const killedAt = Date.now();
  const beforeKill = distinctArrived();
  console.log(
    `  worker 1 killed ${seconds(killedAt - at)} after the instant, ${beforeKill} acknowledgements had arrived`,
  );
  const restart = restartAfterMs ? sleep(restartAfterMs).then(() => fleet.restartWorker(0)) : undefined;
  while (distinctArrived() < expected.size && Date.now() < killedAt + PATIENCE_MS) await sleep(100);
  await restart;
  await sleep(5000); // a late duplicate still counts
  const lastDue = Math.max(...sink.arrivals.filter((a) => expected.has(a.messageId)).map((a) => a.at));

  const checks: Check[] = [
    {
      what: 'intake: complaints filed (201/202)',
      measured: String(references.length),
      ok: references.length === complaints,
    },
    { what: 'intake: refused or failed requests', measured: String(intake.failures), ok: intake.failures === 0 },
    {
      what: 'intake: references given twice',
      measured: String(references.length - new Set(references).size),
      ok: new Set(references).size === references.length,
    },
    { what: 'intake: workflow start deferred (202)', measured: String(pending), ok: true },
    ...(await registerChecks(cluster, references)),
    ...(await temporalChecks(cluster, references)),
    ...mailChecks(sink.arrivals, references, at),
    {
      what: 'processes that died unasked',
      measured: fleet.crashed().join(', ') || 'none',
      ok: !fleet.crashed().length,
    },
  ];

  console.log(`\n| ${'measurement'.padEnd(46)} | value`);
  const row = (what: string, value: string) => console.log(`| ${what.padEnd(46)} | ${value}`);
  row('complaints / APIs / workers', `${complaints} / ${APIS} / ${WORKERS} (Temporal ${cluster.address}, PostgreSQL)`);
  row(
    'intake through both APIs',
    `${seconds(intakeMs)} (${(references.length / (intakeMs / 1000)).toFixed(1)}/s at concurrency ${concurrency})`,
  );
  row(
    'worker 1 SIGKILLed',
    `${seconds(killedAt - at)} after the instant, ${beforeKill} of ${expected.size} had arrived`,
  );
  row(
    'worker 1 restarted',
    restartAfterMs ? `${seconds(restartAfterMs)} after the kill` : 'no: worker 2 carried on alone',
  );
  row('last due acknowledgement after the instant', seconds(lastDue - at));
  row('last due acknowledgement after the kill', seconds(lastDue - killedAt));
  row('SMTP connections dropped mid-session', String(sink.droppedConnections()));
  row('whole run', seconds(Date.now() - started));
  console.log('');
  printChecks(checks);
  const passed = checks.every((c) => c.ok);
  console.log(passed ? '\nscale test passed' : '\nscale test FAILED');
  return passed;
}

// A crash of the test itself must not leave four node processes and a Temporal server behind.
process.once('uncaughtException', (error) => {
  console.error('the scale test itself failed:', error);
  void cleanUp().finally(() => process.exit(1));
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping everything the test started …`);
    void cleanUp().finally(() => process.exit(130));
  });
}

void main()
  .catch((error) => {
    console.error(error);
    return false;
  })
  .then(async (passed) => {
    await cleanUp().catch((error) => console.error('clean-up failed:', error));
    process.exit(passed ? 0 : 1);
  });
