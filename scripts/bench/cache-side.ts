/**
 * One side of the `cache` part (cache.ts), run in a process of its own so that nothing else shares its
 * memory: `tsx scripts/bench/cache-side.ts ours|bare N`. Starts N workflows that stay open, waits until
 * the worker has run each one's first task (so each is in its cache), and prints one JSON line with the
 * process's resident memory before and after.
 */
import '../../test/support/quiet-runtime';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { startHarness, writtenComplaint } from '../../test/support/harness';
import { temporalTestServer } from '../../infra/temporal-binaries';
import { startBare } from './bare';
import { median, sleep } from './figures';
import { memoryOf } from './production';
import { startEphemeral } from '../../infra/ephemeral-temporal';

/** Five readings a second apart, the median: one reading can catch a collection half done. */
async function rss(): Promise<number> {
  const readings: number[] = [];
  for (let i = 0; i < 5; i++) {
    if (i) await sleep(1000);
    (globalThis as { gc?: () => void }).gc?.();
    readings.push(memoryOf(process.pid).rss);
  }
  return median(readings);
}

async function ours(n: number): Promise<{ before: number; after: number }> {
  const h = await startHarness();
  try {
    const warm = await h.file(writtenComplaint());
    await h.status(warm);
    const before = await rss();
    const references: string[] = [];
    for (let i = 0; i < n; i++) references.push(await h.file(writtenComplaint()));
    // A query answers only once the workflow's first task ran: then it is in the worker's cache.
    for (const reference of references) await h.status(reference);
    return { before, after: await rss() };
  } finally {
    await h.stop();
  }
}

async function bare(n: number): Promise<{ before: number; after: number }> {
  const env = await startEphemeral(() =>
    TestWorkflowEnvironment.createTimeSkipping({ server: { executable: temporalTestServer() } }),
  );
  const side = await startBare(env.nativeConnection, env.client, 'smtp://127.0.0.1:9', n + 100);
  try {
    await side.update(await side.start());
    const before = await rss();
    const ids: string[] = [];
    for (let i = 0; i < n; i++) ids.push(await side.start());
    for (const id of ids) await side.update(id);
    return { before, after: await rss() };
  } finally {
    await side.stop();
    await env.teardown();
  }
}

async function main(): Promise<void> {
  const [which, count] = process.argv.slice(2);
  const n = Number(count);
  const measured = which === 'bare' ? await bare(n) : await ours(n);
  console.log(JSON.stringify({ side: which, n, ...measured }));
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
