/**
 * The benchmarks' arithmetic and their one table. Every comparison with bare Temporal is measured in
 * the same run, on the same server, alternating ours and bare, and reported as medians and ratios;
 * nothing here is asserted (measurements on a shared 2-core machine are noisy).
 */

export const percentile = (values: number[], p: number): number =>
  values.length ? [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * p)] : NaN;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

/** One line of the final table: our figure, bare Temporal's, and how ours compares. */
export interface Row {
  part: string;
  what: string;
  ours: string;
  bare?: string;
  /** ours ÷ bare for rates (higher is better), bare ÷ ours for times: 1.00 = as fast as bare. */
  ratio?: number;
  goal?: string;
}

/** The ratio as a goal reads it: at least `goal` times bare. */
export const ratioCell = (ratio: number | undefined, goal?: number): string =>
  ratio === undefined || Number.isNaN(ratio)
    ? ''
    : `${ratio.toFixed(2)}×${goal === undefined ? '' : ratio >= goal ? ' ✓' : ' ✗'}`;

export function printTable(rows: Row[]): void {
  const header: Row = { part: 'part', what: 'measurement', ours: 'ours', bare: 'bare Temporal', goal: 'goal' };
  const cells = (r: Row, isHeader = false) => [
    r.part,
    r.what,
    r.ours,
    r.bare ?? '',
    isHeader ? 'ours vs bare' : ratioCell(r.ratio),
    r.goal ?? '',
  ];
  const table = [cells(header, true), ...rows.map((r) => cells(r))];
  const widths = table[0].map((_, i) => Math.max(...table.map((line) => line[i].length)));
  const line = (values: string[]) => '| ' + values.map((v, i) => v.padEnd(widths[i])).join(' | ') + ' |';
  console.log('\n' + line(table[0]));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const values of table.slice(1)) console.log(line(values));
}

/** What a closed loop of requests measured. */
export interface LoadResult {
  perSecond: number;
  latencies: number[];
  failures: number;
}

/**
 * Runs `total` operations, `concurrency` at a time (each client starts its next as soon as one ends),
 * and measures the rate and every operation's latency. A failure is counted, not retried.
 */
export async function closedLoop(
  concurrency: number,
  total: number,
  operation: (i: number) => Promise<unknown>,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let failures = 0;
  let next = 0;
  const firstError: unknown[] = [];
  const client = async () => {
    for (let i = next++; i < total; i = next++) {
      const start = performance.now();
      try {
        await operation(i);
        latencies.push(performance.now() - start);
      } catch (error) {
        failures += 1;
        if (!firstError.length) firstError.push(error);
      }
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: concurrency }, client));
  const seconds = (performance.now() - start) / 1000;
  if (firstError.length) console.warn(`  ${failures} failed; the first: ${String(firstError[0])}`);
  return { perSecond: latencies.length / seconds, latencies, failures };
}

/**
 * Starts `operation` `perSecond` times a second, each on time whether or not the ones before have ended (an
 * open loop: the same work for both sides, however fast each answers), until `stop`, which waits for the
 * ones under way and says how many ran, how many failed, and how long each that did not fail took (ms).
 */
export function atRate(
  perSecond: number,
  operation: (i: number) => Promise<unknown>,
): { stop(): Promise<{ done: number; failures: number; latencies: number[] }> } {
  const underWay = new Set<Promise<unknown>>();
  const latencies: number[] = [];
  let started = 0;
  let failures = 0;
  let firstError: unknown;
  const timer = setInterval(() => {
    const start = performance.now();
    const run: Promise<unknown> = operation(started++)
      .then(() => latencies.push(performance.now() - start))
      .catch((error: unknown) => {
        failures += 1;
        firstError ??= error;
      })
      .finally(() => underWay.delete(run));
    underWay.add(run);
  }, 1000 / perSecond);
  return {
    async stop() {
      clearInterval(timer);
      await Promise.all(underWay);
      if (failures) console.warn(`  ${failures} failed; the first: ${String(firstError)}`);
      return { done: started, failures, latencies };
    },
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Runs `run` `n` times one after another; each time in ms. */
export async function sequential(n: number, run: (i: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await run(i);
    times.push(performance.now() - start);
  }
  return times;
}

/** A row of one timed operation: its p50 and p95. */
export function timingRow(part: string, what: string, times: number[]): Row {
  const ms = (p: number) => `${percentile(times, p).toFixed(1)} ms`;
  const row = { part, what: `${what} (n=${times.length})`, ours: `p50 ${ms(0.5)}, p95 ${ms(0.95)}` };
  console.log(`  ${row.what}: ${row.ours}`);
  return row;
}
