/**
 * A simulated year of N complaint lives on the real parts (time-skipping Temporal, SQLite register,
 * local SMTP server), checked against the procedure's invariants: `npm run simulate -- [lives] [seed]
 * [lives per environment]`, default 1000 lives. Lives beyond one environment's share run as further
 * years in fresh environments, one after the other, so memory stays bounded; the figures add up.
 */
import '../test/support/quiet-runtime';
import { writeWorkflowBundle } from '../worker/bundle';
import { startHarness } from '../test/support/harness';
import { BUNDLE_PATH } from '../test/support/paths';
import type { Figures } from '../test/simulation/figures';
import { INVARIANTS, type InvariantName, type Violation } from '../test/simulation/invariants';
import { greetPromptly } from '../test/simulation/prompt-greeting';
import { simulateYear } from '../test/simulation/year';

greetPromptly();

const lives = Number(process.argv[2] ?? 1000);
const seed = Number(process.argv[3] ?? 20261125);
const perEnvironment = Number(process.argv[4] ?? 1000);

async function main(): Promise<void> {
  const started = performance.now();
  await writeWorkflowBundle(BUNDLE_PATH);

  const batches = Math.ceil(lives / perEnvironment);
  const totals: Partial<Figures> = {};
  const violations = Object.fromEntries(Object.keys(INVARIANTS).map((n) => [n, []])) as unknown as Record<
    InvariantName,
    Violation[]
  >;
  for (let b = 0; b < batches; b++) {
    const size = Math.min(perEnvironment, lives - b * perEnvironment);
    const batchStart = performance.now();
    const h = await startHarness();
    try {
      const result = await simulateYear(h, size, seed + b, {
        onStep: (done, total) => {
          if (done % 500 === 0 || done === total)
            process.stderr.write(`\r  environment ${b + 1}/${batches}: step ${done}/${total}`);
        },
      });
      for (const [k, v] of Object.entries(result.figures) as [keyof Figures, number][])
        totals[k] = (totals[k] ?? 0) + v;
      for (const [name, list] of Object.entries(result.violations) as [InvariantName, Violation[]][]) {
        violations[name].push(...list);
      }
    } finally {
      await h.stop();
    }
    const rss = (process.memoryUsage().rss / 1024 / 1024).toFixed(0);
    process.stderr.write(`  — ${size} lives in ${seconds(batchStart)} s, rss ${rss} MiB\n`);
  }
  print(totals as Figures, violations, batches, seconds(started));
  if (Object.values(violations).some((list) => list.length)) process.exitCode = 1;
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

function print(f: Figures, violations: Record<InvariantName, Violation[]>, batches: number, wall: string): void {
  const rows: [string, string | number][] = [
    ['lives (complaints registered)', `${f.lives} (${f.complaints})`],
    ['environments (one simulated year each, seed + i)', batches],
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
