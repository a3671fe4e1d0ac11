/**
 * `npm run bench [-- <part>… [--option=value…]]`: measured here, never asserted in tests. Without
 * parts it runs vs-bare, memory, recovery and profile, and ends with one table of absolute figures and
 * ratios to bare Temporal. Parts and their options (defaults in brackets):
 *
 *   vs-bare    intake, staff action and bursts of deadlines against bare Temporal on one dev server
 *              --concurrency=8,16 --rounds=4 --per-round=100 --pool=64 --burst=500,2000 --burst-rounds=2
 *              --processes: our worker and API as two processes, as `npm start` runs them (else in this one)
 *              --acting=N: during each burst, N staff actions a second on each side, round all it filed [0]
 *   memory     worker and API RSS at 0 and --open=1000,10000 open complaints, production start (--no-build)
 *   recovery   --due=500 acknowledgements due at once, the worker killed and back 10 s later (--no-build)
 *   profile    where an intake's and a staff action's time goes; --requests=100 --concurrency=1,16
 *   procedure  a whole 14-day procedure under time skipping; --runs=20
 *   list       the register's list; --complaints=5000 --requests=50 (of each query)
 *   reports    the reports (R6); --complaints=100000
 *   report-queries  each of the report summary's queries on its own, no Temporal; --complaints=100000 --runs=7
 *              list and reports fill a SQLite register, or with --postgres a PostgreSQL database on the
 *              server TEST_POSTGRES_URL names (scripts/test-postgres.sh), as the tests' `postgres` project
 *   cache      memory per workflow in the worker's cache, ours beside bare; --workflows=500
 */
import '../../test/support/quiet-runtime';
import os from 'node:os';
import { BUNDLE_PATH } from '../../test/support/paths';
import { writeWorkflowBundle } from '../../worker/bundle';
import { printTable, type Row } from './figures';
import { cache } from './cache';
import { list } from './list';
import { memory } from './memory';
import { procedure } from './procedure';
import { profile } from './profile';
import { recovery } from './recovery';
import { reportQueries } from './report-queries';
import { reports } from './reports';
import { vsBare } from './vs-bare';

const DEFAULT_PARTS = ['vs-bare', 'memory', 'recovery', 'profile'];

function parseArgs(argv: string[]) {
  const parts = argv.filter((a) => !a.startsWith('--'));
  const options = new Map(
    argv
      .filter((a) => a.startsWith('--'))
      .map((a) => {
        const [key, value = 'true'] = a.slice(2).split('=');
        return [key, value] as const;
      }),
  );
  const numbers = (key: string, fallback: number[]) =>
    options.has(key) ? options.get(key)!.split(',').filter(Boolean).map(Number) : fallback;
  const number = (key: string, fallback: number) => numbers(key, [fallback])[0];
  return { parts: parts.length ? parts : DEFAULT_PARTS, numbers, number, flag: (key: string) => options.has(key) };
}

async function main(): Promise<void> {
  const { parts, numbers, number, flag } = parseArgs(process.argv.slice(2));
  const built = { done: flag('no-build') };
  // The tests' harness makes the register: this is how their `postgres` project chooses PostgreSQL.
  if (flag('postgres')) process.env.TEST_REGISTER = 'postgres';
  const build = () => {
    const now = !built.done;
    built.done = true;
    return now;
  };
  const PARTS: Record<string, () => Promise<Row[]>> = {
    'vs-bare': () =>
      vsBare({
        intake: {
          concurrencies: numbers('concurrency', [8, 16]),
          rounds: number('rounds', 4),
          perRound: number('per-round', 100),
        },
        staffAction: {
          concurrencies: numbers('concurrency', [8, 16]),
          rounds: number('rounds', 4),
          perRound: number('per-round', 100),
          pool: number('pool', 64),
        },
        burst: {
          sizes: numbers('burst', [500, 2000]),
          rounds: number('burst-rounds', 2),
          actingPerSecond: number('acting', 0),
        },
        processes: flag('processes'),
      }),
    memory: () => memory({ open: numbers('open', [1000, 10_000]), build: build() }),
    recovery: () => recovery({ due: number('due', 500), build: build() }),
    profile: () => profile({ requests: number('requests', 100), concurrencies: numbers('concurrency', [1, 16]) }),
    procedure: () => procedure(number('runs', 20)),
    list: () => list(number('complaints', 5000), number('requests', 50)),
    reports: () => reports(number('complaints', 100_000)),
    'report-queries': () => reportQueries(number('complaints', 100_000), number('runs', 7)),
    cache: () => cache(number('workflows', 500)),
  };
  const unknown = parts.filter((p) => !PARTS[p]);
  if (unknown.length) throw new Error(`unknown part(s) ${unknown.join(', ')}; parts: ${Object.keys(PARTS).join(', ')}`);

  await writeWorkflowBundle(BUNDLE_PATH);
  const rows: Row[] = [];
  for (const part of parts) {
    console.log(`\n== ${part}`);
    const start = performance.now();
    rows.push(...(await PARTS[part]()));
    console.log(`== ${part}: ${((performance.now() - start) / 60_000).toFixed(1)} min`);
  }
  const cpu = os.cpus();
  console.log(
    `\n${new Date().toISOString().slice(0, 10)}, ${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, ` +
      `${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.versions.node}, load ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
  );
  printTable(rows);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
