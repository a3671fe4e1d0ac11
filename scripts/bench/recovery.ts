/**
 * Recovery after a worker crash, in a production start (production.ts): complaints whose
 * acknowledgement falls due at one instant; the worker is killed (SIGKILL) just after the instant, while
 * acknowledgements are going out; a new worker starts 10 s later. Measured: from the new worker's start
 * until every due acknowledgement has arrived, and acknowledgements lost or sent twice (twice with the
 * same Message-ID is what at-least-once delivery allows: mail clients show it once).
 */
import { loadConfig } from '../../infra/config';
import { writtenComplaint } from '../../test/support/harness';
import { replyTermEnds } from '../../workflows/state';
import { outcomeOf } from './burst';
import { closedLoop, seconds, sleep, type Row } from './figures';
import { startMailSink } from './mail-sink';
import { build, startProduction } from './production';

export interface RecoveryOptions {
  /** Complaints due at the instant. */
  due: number;
  /** Build dist/ first (skip when it is current). */
  build: boolean;
}

const DOWN_MS = 10_000;
// Killed once this share of the acknowledgements has arrived: the rest are due, or on their way.
const KILL_AFTER_SHARE = 0.05;

export async function recovery({ due, build: mustBuild }: RecoveryOptions): Promise<Row[]> {
  if (mustBuild) build();
  const sink = await startMailSink();
  const receivedAt = new Date(Date.now() - 1000).toISOString();
  // Intake through the API, 8 at a time: allow 150 ms each, and 30 s of quiet before the instant.
  const at = Date.now() + 40_000 + due * 150;
  const termEnd = Date.parse(replyTermEnds(receivedAt, loadConfig({}).terms));
  const production = await startProduction({
    smtpUrl: sink.url,
    apiEnv: { ACKNOWLEDGEMENT_LEAD: `${termEnd - at}ms`, RECEIPT_CONFIRMATION: 'false' },
  });
  try {
    const expected = new Set<string>();
    await closedLoop(8, due, async (i) => {
      const body = (await production.post(
        '/api/complaints',
        writtenComplaint({ receivedAt }),
        [201, 202],
        `due-${i}`,
      )) as {
        complaint: { reference: string };
      };
      expected.add(`<${body.complaint.reference}/acknowledgement-1@klachtenregister>`);
    });
    if (Date.now() > at - 5000) console.warn('  recovery: intake overran the instant');
    console.log(`  recovery: ${due} acknowledgements due in ${seconds(at - Date.now())}`);
    const arrived = () => sink.arrivals.filter((a) => expected.has(a.messageId));
    while (arrived().length < Math.ceil(due * KILL_AFTER_SHARE) && Date.now() < at + 60_000) await sleep(20);
    production.worker.kill('SIGKILL');
    const killedAt = Date.now();
    const beforeKill = new Set(arrived().map((a) => a.messageId)).size;
    console.log(`  recovery: worker killed ${seconds(killedAt - at)} after the instant, ${beforeKill} had arrived`);
    await sleep(DOWN_MS);
    const restartedAt = Date.now();
    await production.startWorker();
    const ready = Date.now();
    const patience = restartedAt + 300_000;
    while (new Set(arrived().map((a) => a.messageId)).size < due && Date.now() < patience) await sleep(100);
    await sleep(5000); // a late duplicate still counts
    const outcome = outcomeOf(arrived(), due, at);
    const afterRestart = arrived().filter((a) => a.at >= restartedAt);
    const lastMs = Math.max(...afterRestart.map((a) => a.at)) - restartedAt;
    console.log(
      `  recovery: all due within ${seconds(lastMs)} of the new worker's start; lost ${outcome.lost}, twice ${outcome.duplicates}`,
    );
    return [
      {
        part: 'recovery',
        what: `${due} due at one instant, worker killed after ${beforeKill} had arrived, back after ${seconds(DOWN_MS)}: last due mail after the new worker's start`,
        ours: seconds(lastMs),
        goal: `≤ 30 s (worker polling after ${seconds(ready - restartedAt)})`,
      },
      {
        part: 'recovery',
        what: 'lost / sent twice (same Message-ID) / early',
        ours: `${outcome.lost} / ${outcome.duplicates} / ${outcome.early}`,
        goal: '0 lost',
      },
    ];
  } finally {
    await production.stop();
    await sink.close();
  }
}
