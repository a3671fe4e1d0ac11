/**
 * Ours against bare Temporal at the same concurrency, alternating who goes first in each round (A B,
 * B A, …) so that a neighbour's load on the machine falls on both alike. Rates are the median over the
 * rounds; latencies are percentiles over every request of every round.
 */
import { closedLoop, median, percentile, type LoadResult, type Row } from './figures';

export interface Side {
  /** One operation; `i` counts from 0 over the whole comparison. */
  run(i: number): Promise<unknown>;
  /** Waits until what the operations set going has finished (mail sent, workflow tasks done). */
  settle(): Promise<unknown>;
}

export interface ComparisonOptions {
  what: string;
  concurrencies: number[];
  rounds: number;
  perRound: number;
  /** The goal for the rate: ours at least this many times bare's. */
  goal: number;
}

interface Tally {
  ours: LoadResult[];
  bare: LoadResult[];
}

export async function compare(options: ComparisonOptions, ours: Side, bare: Side): Promise<Row[]> {
  const tallies = new Map<number, Tally>(options.concurrencies.map((c) => [c, { ours: [], bare: [] }]));
  let oursCount = 0;
  let bareCount = 0;
  for (let round = 0; round < options.rounds; round++) {
    for (const concurrency of options.concurrencies) {
      const tally = tallies.get(concurrency)!;
      const order = round % 2 === 0 ? (['ours', 'bare'] as const) : (['bare', 'ours'] as const);
      for (const who of order) {
        if (who === 'ours') {
          const base = oursCount;
          oursCount += options.perRound;
          tally.ours.push(await closedLoop(concurrency, options.perRound, (i) => ours.run(base + i)));
          await ours.settle();
        } else {
          const base = bareCount;
          bareCount += options.perRound;
          tally.bare.push(await closedLoop(concurrency, options.perRound, (i) => bare.run(base + i)));
          await bare.settle();
        }
      }
      const last = (results: LoadResult[]) => results.at(-1)!.perSecond.toFixed(1);
      console.log(
        `  ${options.what}, c=${concurrency}, round ${round + 1}: ours ${last(tally.ours)}/s, bare ${last(tally.bare)}/s`,
      );
    }
  }
  return options.concurrencies.flatMap((concurrency) => rowsOf(options, concurrency, tallies.get(concurrency)!));
}

function rowsOf(options: ComparisonOptions, concurrency: number, tally: Tally): Row[] {
  const rate = (results: LoadResult[]) => median(results.map((r) => r.perSecond));
  const all = (results: LoadResult[]) => results.flatMap((r) => r.latencies);
  const failures = (results: LoadResult[]) => results.reduce((n, r) => n + r.failures, 0);
  const [oursRate, bareRate] = [rate(tally.ours), rate(tally.bare)];
  const [oursAll, bareAll] = [all(tally.ours), all(tally.bare)];
  const part = 'vs bare';
  const what = `${options.what}, c=${concurrency}`;
  const ms = (v: number) => `${v.toFixed(0)} ms`;
  const failed = failures(tally.ours) + failures(tally.bare);
  return [
    {
      part,
      what: `${what}: rate (median of ${options.rounds} rounds × ${options.perRound})`,
      ours: `${oursRate.toFixed(1)}/s`,
      bare: `${bareRate.toFixed(1)}/s`,
      ratio: oursRate / bareRate,
      goal: `≥ ${options.goal.toFixed(1)}×${failed ? `; ${failed} failed` : ''}`,
    },
    ...[0.5, 0.95].map((p) => {
      const [o, b] = [percentile(oursAll, p), percentile(bareAll, p)];
      return { part, what: `${what}: latency p${p * 100}`, ours: ms(o), bare: ms(b), ratio: b / o };
    }),
  ];
}
