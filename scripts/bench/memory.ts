/**
 * Memory against open complaints, in a production start (production.ts): the worker's and the API's
 * resident memory with 0, 1,000 and 10,000 open complaints, filed through the API at a rate the
 * service sustains (8 at a time) and each measured once everything filed has settled (every receipt
 * confirmation sent). The worker keeps at most WORKFLOW_CACHE_SIZE (default 100) workflows in memory;
 * the rest wait in Temporal and are replayed when they wake.
 */
import { writtenComplaint } from '../../test/support/harness';
import { closedLoop, median, mib, seconds, sleep, type Row } from './figures';
import { startMailSink } from './mail-sink';
import { build, memoryOf, startProduction, type Production } from './production';

export interface MemoryOptions {
  /** Open complaints to measure at, besides 0, ascending. */
  open: number[];
  /** Build dist/ first (skip when it is current). */
  build: boolean;
}

const FILING_CONCURRENCY = 8;
const QUIET_MS = 60_000;

interface Sample {
  /** How many complaints were open, and when it was read if not just after they were filed. */
  label: string;
  worker: { rss: number; peak: number };
  api: { rss: number; peak: number };
  server: { rss: number; peak: number };
}

/** Five readings a second apart, the median of each: one reading can catch a collection half done. */
async function sample(production: Production, label: string): Promise<Sample> {
  const readings: Omit<Sample, 'label'>[] = [];
  for (let i = 0; i < 5; i++) {
    if (i) await sleep(1000);
    readings.push({
      worker: memoryOf(production.worker.pid!),
      api: memoryOf(production.api.pid!),
      server: memoryOf(production.server.pid!),
    });
  }
  const of = (part: 'worker' | 'api' | 'server') => ({
    rss: median(readings.map((r) => r[part].rss)),
    peak: Math.max(...readings.map((r) => r[part].peak)),
  });
  const result = { label, worker: of('worker'), api: of('api'), server: of('server') };
  console.log(
    `  ${label}: worker ${mib(result.worker.rss)}, API ${mib(result.api.rss)}, dev server ${mib(result.server.rss)}`,
  );
  return result;
}

export async function memory(options: MemoryOptions): Promise<Row[]> {
  if (options.build) build();
  const sink = await startMailSink();
  const production = await startProduction({ smtpUrl: sink.url });
  const samples: Sample[] = [];
  const filing: { to: number; ms: number }[] = [];
  try {
    await sleep(5000);
    samples.push(await sample(production, '0 open'));
    let open = 0;
    for (const target of options.open) {
      const start = performance.now();
      const first = open;
      await closedLoop(FILING_CONCURRENCY, target - first, (i) =>
        // 202: registered, its procedure starts as soon as Temporal takes it (the receipt then follows).
        production.post('/api/complaints', writtenComplaint(), [201, 202], `memory-${first + i}`),
      );
      open = target;
      await sink.waitFor('/receipt@', open, 600_000);
      filing.push({ to: target, ms: performance.now() - start });
      console.log(`  filed ${target - first} in ${seconds(performance.now() - start)} (receipts sent)`);
      await sleep(5000);
      samples.push(await sample(production, `${open.toLocaleString('en')} open`));
    }
    // Once more after a quiet minute: what the service holds while its complaints wait, rather than the
    // heap the filing left, which V8 gives back only once allocation has stopped for a while.
    await sleep(QUIET_MS);
    samples.push(await sample(production, `${open.toLocaleString('en')} open, a quiet minute on`));
  } finally {
    await production.stop();
    await sink.close();
  }
  return rowsOf(samples, filing);
}

function rowsOf(samples: Sample[], filing: { to: number; ms: number }[]): Row[] {
  const rows: Row[] = [];
  for (const part of ['worker', 'api', 'server'] as const) {
    const name = { worker: 'worker', api: 'API', server: 'dev server (for reference)' }[part];
    rows.push({
      part: 'memory',
      what: `${name} RSS at ${samples.map((s) => s.label).join(' / ')}`,
      ours: samples.map((s) => mib(s[part].rss)).join(' / '),
      goal: part === 'server' ? undefined : `peak ${mib(Math.max(...samples.map((s) => s[part].peak)))}`,
    });
  }
  let from = 0;
  for (const { to, ms } of filing) {
    rows.push({
      part: 'memory',
      what: `filing ${from.toLocaleString('en')} → ${to.toLocaleString('en')} through the API (c=${FILING_CONCURRENCY}, until every receipt was sent)`,
      ours: `${seconds(ms)}, ${((to - from) / (ms / 1000)).toFixed(1)}/s`,
    });
    from = to;
  }
  return rows;
}
