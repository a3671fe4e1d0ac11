/**
 * A burst of deadlines at one instant against bare timers. Ours: N written complaints received at the
 * same moment, so they share the end of their reply term; their ACKNOWLEDGEMENT_LEAD is chosen so that
 * term end − lead is the instant, and at that instant each sends its acknowledgement (R3/R10). Bare: N
 * workflows that sleep until the same kind of instant and then send one mail. Measured from the
 * instant: when the last mail arrived, mails per second, mails never arrived (lost), arrived before
 * the instant (early), and delivered twice.
 */
import { fileComplaint } from '../../api/complaints/file-complaint';
import type { ProcedureTerms } from '../../domain/terms';
import { asIntake, writtenComplaint } from '../../test/support/harness';
import { replyTermEnds } from '../../workflows/state';
import { atRate, closedLoop, median, percentile, seconds, sleep, type Row } from './figures';
import { bareUpdate, oursAssign } from './staff-action';
import type { Arrival, MailSink } from './mail-sink';
import type { Bench } from './bench';

export interface BurstOptions {
  sizes: number[];
  /** Runs per side and size, alternating who goes first. */
  rounds: number;
  /** How long starting one takes at worst, to put the instant after the last start. */
  msPerStart: number;
  /** Staff actions a second during each burst (0: none), round the first `pool` open complaints (of each side). */
  actingPerSecond: number;
  pool: number;
}

interface Outcome {
  /** From the instant to the last mail, ms. */
  lastMs: number;
  lost: number;
  early: number;
  duplicates: number;
  /** The starts were not all done 5 s before the instant: the run does not measure a burst. */
  overran: boolean;
  /** Staff actions meanwhile (`actingPerSecond`): how many ran, how many failed, the others' times (ms). */
  acted?: { done: number; failures: number; latencies: number[] };
}

// Starts run this many at a time, as intake at its busiest.
const FILING_CONCURRENCY = 16;

/** Our terms for complaints received at `receivedAt` whose acknowledgement falls due at `at`. */
export function termsDueAt(terms: ProcedureTerms, receivedAt: string, at: number): ProcedureTerms {
  const termEnd = Date.parse(replyTermEnds(receivedAt, terms));
  return { ...terms, acknowledgementLeadMs: termEnd - at, receiptConfirmation: false };
}

/** Files our `n` complaints; the Message-IDs of their acknowledgements. */
async function ours(bench: Bench, n: number, at: number): Promise<Set<string>> {
  const { service } = bench;
  const receivedAt = new Date(Date.now() - 1000).toISOString();
  const terms = termsDueAt(service.config.terms, receivedAt, at);
  const expected = new Set<string>();
  await closedLoop(FILING_CONCURRENCY, n, async () => {
    const { complaint } = await fileComplaint(
      service.register.db,
      service.client,
      asIntake(writtenComplaint({ receivedAt })),
      terms,
      { now: new Date(), keys: service.keys },
    );
    expected.add(`<${complaint.reference}/acknowledgement-1@klachtenregister>`);
  });
  return expected;
}

/** Starts bare's `n` deadlines; the Message-IDs of their mails. */
async function bare(bench: Bench, n: number, at: number, run: string): Promise<Set<string>> {
  const expected = new Set<string>();
  await closedLoop(FILING_CONCURRENCY, n, async (i) => {
    const key = `burst-${run}-${i}`;
    await bench.bare.startDeadline(at, key);
    expected.add(`<${key}@bench>`);
  });
  return expected;
}

/** Waits for the expected mails (at most until well after they should all have come) and counts. */
export async function observe(sink: MailSink, expected: Set<string>, at: number): Promise<Outcome> {
  const overran = Date.now() > at - 5000;
  const patience = at + Math.max(120_000, expected.size * 200);
  const arrived = () => sink.arrivals.filter((a) => expected.has(a.messageId));
  while (new Set(arrived().map((a) => a.messageId)).size < expected.size && Date.now() < patience) await sleep(100);
  await sleep(2000); // a late duplicate still counts
  return outcomeOf(arrived(), expected.size, at, overran);
}

export function outcomeOf(arrivals: Arrival[], expected: number, at: number, overran = false): Outcome {
  const first = new Map<string, number>();
  for (const a of arrivals) first.set(a.messageId, Math.min(first.get(a.messageId) ?? Infinity, a.at));
  const times = [...first.values()];
  return {
    lastMs: times.length ? Math.max(...times) - at : NaN,
    lost: expected - first.size,
    early: times.filter((t) => t < at).length,
    duplicates: arrivals.length - first.size,
    overran,
  };
}

export async function burstVsBare(bench: Bench, options: BurstOptions): Promise<Row[]> {
  const rows: Row[] = [];
  for (const n of options.sizes) {
    const results: Record<'ours' | 'bare', Outcome[]> = { ours: [], bare: [] };
    for (let round = 0; round < options.rounds; round++) {
      const order = round % 2 === 0 ? (['ours', 'bare'] as const) : (['bare', 'ours'] as const);
      for (const who of order) {
        const at = Date.now() + 30_000 + n * options.msPerStart;
        console.log(`  burst of ${n}, ${who}: the instant is in ${seconds(at - Date.now())}`);
        const run = `${n}-${round}`;
        const expected = who === 'ours' ? await ours(bench, n, at) : await bare(bench, n, at, run);
        const action =
          who === 'ours' ? oursAssign(bench, options.pool, `bench-burst-${run}`) : bareUpdate(bench, options.pool);
        const staff = options.actingPerSecond ? atRate(options.actingPerSecond, action) : undefined;
        const outcome = await observe(bench.sink, expected, at);
        const acted = await staff?.stop();
        console.log(
          `  burst of ${n}, ${who}: last mail ${seconds(outcome.lastMs)} after the instant; lost ${outcome.lost}, early ${outcome.early}, twice ${outcome.duplicates}${outcome.overran ? ' (starts overran the instant)' : ''}${acted ? `; staff actions ${acted.done}, failed ${acted.failures}` : ''}`,
        );
        results[who].push({ ...outcome, acted });
      }
    }
    rows.push(...rowsOf(n, results, options.actingPerSecond));
  }
  return rows;
}

function rowsOf(n: number, results: Record<'ours' | 'bare', Outcome[]>, actingPerSecond: number): Row[] {
  const last = (outcomes: Outcome[]) => median(outcomes.map((o) => o.lastMs));
  const sum = (outcomes: Outcome[], key: 'lost' | 'early' | 'duplicates') =>
    outcomes.reduce((total, o) => total + o[key], 0);
  const counts = (outcomes: Outcome[]) =>
    `${sum(outcomes, 'lost')} / ${sum(outcomes, 'early')} / ${sum(outcomes, 'duplicates')}`;
  const [oursLast, bareLast] = [last(results.ours), last(results.bare)];
  const overran = [...results.ours, ...results.bare].some((o) => o.overran) ? ' (a run overran)' : '';
  const runs = results.ours.length;
  const name = actingPerSecond ? `burst of ${n} while staff act (${actingPerSecond}/s)` : `burst of ${n}`;
  const acted = (outcomes: Outcome[]) => {
    const total = (key: 'done' | 'failures') => outcomes.reduce((t, o) => t + (o.acted?.[key] ?? 0), 0);
    const times = outcomes.flatMap((o) => o.acted?.latencies ?? []);
    const ms = (p: number) => `${percentile(times, p).toFixed(0)} ms`;
    return `${total('done')} / ${total('failures')}; p50 ${ms(0.5)}, p95 ${ms(0.95)}`;
  };
  return [
    {
      part: 'vs bare',
      what: `${name} at one instant: mails/s until the last (median of ${runs})`,
      ours: `${(n / (oursLast / 1000)).toFixed(1)}/s`,
      bare: `${(n / (bareLast / 1000)).toFixed(1)}/s`,
      ratio: bareLast / oursLast,
      goal: `≥ 0.9×${overran}`,
    },
    {
      part: 'vs bare',
      what: `${name}: last mail after the instant`,
      ours: seconds(oursLast),
      bare: seconds(bareLast),
    },
    {
      part: 'vs bare',
      what: `${name}: lost / early / twice (all runs)`,
      ours: counts(results.ours),
      bare: counts(results.bare),
      goal: '0 lost, 0 early',
    },
    ...(actingPerSecond
      ? [
          {
            part: 'vs bare',
            what: `${name}: staff actions meanwhile: done / failed; latency`,
            ours: acted(results.ours),
            bare: acted(results.bare),
          },
        ]
      : []),
  ];
}
