/**
 * A simulated year of N complaint lives on the real parts (time-skipping Temporal, SQLite register,
 * local SMTP server), checked against the procedure's invariants: `npm run simulate -- [lives] [seed]
 * [lives per environment]`, default 1000 lives, 200 per environment. Lives beyond one environment's share run as further
 * years (seed + i) in fresh environments, each in a process of its own, two per core at once
 * (SIMULATE_PARALLEL overrides): memory per process stays bounded and the figures add up.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import '../test/support/quiet-runtime';
import { writeWorkflowBundle } from '../worker/bundle';
import { startHarness } from '../test/support/harness';
import { BUNDLE_PATH } from '../test/support/paths';
import type { Figures } from '../test/simulation/figures';
import { INVARIANTS, type InvariantName, type Violation } from '../test/simulation/invariants';
import { greetPromptly } from '../test/simulation/prompt-greeting';
import { simulateYear } from '../test/simulation/year';

greetPromptly();

/** What one environment reports to the parent, as one line of JSON on its stdout. */
interface EnvironmentResult {
  figures: Figures;
  violations: Record<InvariantName, Violation[]>;
  seconds: string;
  rssMiB: number;
}

const ENVIRONMENT_FLAG = '--one-environment';

async function main(): Promise<void> {
  if (process.argv[2] === ENVIRONMENT_FLAG) {
    const result = await oneEnvironment(Number(process.argv[3]), Number(process.argv[4]), Number(process.argv[5]));
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const lives = Number(process.argv[2] ?? 1000);
  const seed = Number(process.argv[3] ?? 20261125);
  const perEnvironment = Number(process.argv[4] ?? 200);
  // An environment waits on its Temporal server about half the time (a CPU profile: main thread idle 48 %),
  // so two per core keep the cores busy: 1,600 lives took 0.17 s each with 4 at a time on 2 cores, 0.18 with 3.
  const parallel = Number(process.env.SIMULATE_PARALLEL ?? 2 * os.availableParallelism());
  const started = performance.now();
  // Bundled once here, so that the environments do not bundle beside each other's workflows.
  await writeWorkflowBundle(BUNDLE_PATH);

  const batches = Array.from({ length: Math.ceil(lives / perEnvironment) }, (_, b) => ({
    b,
    size: Math.min(perEnvironment, lives - b * perEnvironment),
  }));
  const totals: Partial<Figures> = {};
  const violations = Object.fromEntries(Object.keys(INVARIANTS).map((n) => [n, []])) as unknown as Record<
    InvariantName,
    Violation[]
  >;
  const queue = [...batches];
  const runner = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const { b, size } = next;
      const result = await inChildProcess(b, size, seed + b);
      for (const [k, v] of Object.entries(result.figures) as [keyof Figures, number][])
        totals[k] = (totals[k] ?? 0) + v;
      for (const [name, list] of Object.entries(result.violations) as [InvariantName, Violation[]][]) {
        violations[name].push(...list);
      }
      process.stderr.write(
        `  environment ${b + 1}/${batches.length}: ${size} lives in ${result.seconds} s, rss ${result.rssMiB} MiB\n`,
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, batches.length) }, runner));
  print(totals as Figures, violations, batches.length, parallel, seconds(started));
  if (Object.values(violations).some((list) => list.length)) process.exitCode = 1;
}

/** One environment's year, in a fresh process of this script; its progress goes to our stderr. */
function inChildProcess(b: number, size: number, seed: number): Promise<EnvironmentResult> {
  const args = [...process.execArgv, __filename, ENVIRONMENT_FLAG, String(b), String(size), String(seed)];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`environment ${b + 1} ended with exit code ${code}`));
      resolve(JSON.parse(stdout.trim().split('\n').at(-1)!) as EnvironmentResult);
    });
  });
}

async function oneEnvironment(b: number, size: number, seed: number): Promise<EnvironmentResult> {
  const started = performance.now();
  const h = await startHarness();
  try {
    const result = await simulateYear(h, size, seed, {
      onStep: (done, total) => {
        if (done % 2000 === 0) process.stderr.write(`  environment ${b + 1}: step ${done}/${total}\n`);
      },
    });
    return {
      figures: result.figures,
      violations: result.violations,
      seconds: seconds(started),
      rssMiB: Math.round(process.memoryUsage().rss / 1024 / 1024),
    };
  } finally {
    await h.stop();
  }
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

function print(
  f: Figures,
  violations: Record<InvariantName, Violation[]>,
  batches: number,
  parallel: number,
  wall: string,
): void {
  const rows: [string, string | number][] = [
    ['lives (complaints registered)', `${f.lives} (${f.complaints})`],
    ['environments (one simulated year each, seed + i)', `${batches} (${parallel} at a time)`],
    ['mail outages (hours down)', `${f.outages} (${f.outageHours.toFixed(1)} h)`],
    ['e-mails to complainants sent', f.sentToComplainants],
    ['staff notices sent', f.staffNotices],
    ['letters queued to post', f.lettersQueued],
    ['mails received by the SMTP server', f.mailsReceived],
    ['reply terms running', f.terms],
    ['  met: reply or acknowledgement in time', f.termsMet],
    ['  entered late: acknowledged at once', `${f.acknowledgedAtOnce} (term already over: ${f.termHadEndedAtEntry})`],
    ['  fallback after outage (on record, manager told)', f.fallbacks],
    ['  withdrawn before anything was due', f.withdrawnBeforeDue],
    ['  violated', f.termsViolated],
    [
      'promises made / kept / missed (escalated once)',
      `${f.promisesMade} / ${f.promisesKept} / ${f.promisesMissed} (${f.promisesEscalated})`,
    ],
    ['staff actions: accepted / refused (409, 400)', `${f.accepted} / ${f.refused}`],
    ['answers 5xx (must be 0)', f.serverErrors],
    ...(Object.entries(violations) as [string, Violation[]][]).map(([name, list]): [string, number] => [
      `violations: ${name}`,
      list.length,
    ]),
    ['wall time', `${wall} s`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log();
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
  for (const [name, list] of Object.entries(violations)) {
    for (const v of list.slice(0, 20)) console.log(`  ${name}: ${v.reference}: ${v.reason}`);
    if (list.length > 20) console.log(`  ${name}: … and ${list.length - 20} more`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
