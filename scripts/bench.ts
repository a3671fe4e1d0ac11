/**
 * Benchmarks (measured here, never asserted in tests): intake latency through the real app, a whole
 * 14-day written procedure under time skipping, and the register's list with many complaints.
 * Same real parts as the tests, and the reports (R6) on a large register.
 * `npm run bench [-- <complaints for the list, default 5000> [<complaints for the reports, default 100000>]]`;
 * `npm run bench -- reports [<complaints>]` runs the reports' part alone.
 */
import '../test/support/quiet-runtime';
import request from 'supertest';
import { registerComplaint } from '../api/complaints/register';
import * as actions from '../domain/actions';
import { writeWorkflowBundle } from '../worker/bundle';
import { asIntake, startHarness, writtenComplaint, type Harness } from '../test/support/harness';
import { BUNDLE_PATH } from '../test/support/paths';
import { benchReports } from './bench-reports';

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * p)];
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

async function timed(n: number, run: (i: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await run(i);
    times.push(performance.now() - start);
  }
  return times;
}

function report(what: string, times: number[]): void {
  console.log(
    `${what.padEnd(58)} n=${String(times.length).padStart(4)}  p50 ${percentile(times, 0.5).toFixed(1).padStart(7)} ms  p95 ${percentile(times, 0.95).toFixed(1).padStart(7)} ms`,
  );
}

async function main(): Promise<void> {
  await writeWorkflowBundle(BUNDLE_PATH);
  if (process.argv[2] === 'reports') {
    await withHarness((h) => benchReports(h, Number(process.argv[3] ?? 100_000), timed, report));
    return;
  }
  const registerSize = Number(process.argv[2] ?? 5000);
  const reportSize = Number(process.argv[3] ?? 100_000);
  // Each measurement in an environment of its own: a time skip also fires the deadlines of every
  // complaint filed before it, and those would be measured along.
  const rssStart = process.memoryUsage().rss;
  await withHarness(async (h) => {
    report(
      'whole written procedure, 14 days (time-skipping)',
      await timed(20, async () => {
        const ref = await h.file(writtenComplaint());
        await h.env.sleep('14 days');
        await h
          .workflow(ref)
          .executeUpdate(actions.updateOf('reply-sent'), { args: [{ by: 'bench', channel: 'elsewhere' }] });
        await h.workflow(ref).executeUpdate(actions.updateOf('close'), {
          args: [{ by: 'bench', resolution: 'r', category: 'c', cause: 'c' }],
        });
        await h.workflow(ref).result();
      }),
    );
  });

  await withHarness(async (h) => {
    report(
      'POST /api/complaints (register + start workflow)',
      await timed(200, () =>
        request(h.app).post('/api/complaints').set(h.as('intake')).send(writtenComplaint()).expect(201),
      ),
    );
    console.log(`memory: rss ${mib(process.memoryUsage().rss)} with 200 open complaints cached by the worker`);
  });

  await withHarness(async (h) => {
    // The register grows without workflows: the list reads only the register.
    const fill = performance.now();
    for (let i = 0; i < registerSize; i++) {
      const subject = i % 10 === 0 ? `Factuur ${i}` : `Klacht ${i}`;
      await registerComplaint(h.register.db, asIntake(writtenComplaint({ subject })), h.config.terms);
    }
    const seconds = ((performance.now() - fill) / 1000).toFixed(1);
    console.log(`(filled the register with ${registerSize} complaints in ${seconds} s)`);
    const list = (query: string) => () =>
      request(h.app).get(`/api/complaints?${query}`).set(h.as('handler')).expect(200);
    report(`GET /api/complaints?sort=nextDeadline (${registerSize})`, await timed(50, list('sort=nextDeadline')));
    report(
      `GET /api/complaints?q=factuur&overdue=false (${registerSize})`,
      await timed(50, list('q=factuur&overdue=false')),
    );
    report(
      `GET /api/complaints?status=registered&page=20 (${registerSize})`,
      await timed(50, list('status=registered&page=20')),
    );
  });
  await withHarness((h) => benchReports(h, reportSize, timed, report));
  console.log(`memory: rss ${mib(rssStart)} at start, ${mib(process.memoryUsage().rss)} at the end`);
}

async function withHarness(run: (h: Harness) => Promise<void>): Promise<void> {
  const h = await startHarness();
  try {
    await run(h);
  } finally {
    await h.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
