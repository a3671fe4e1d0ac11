/**
 * Where an intake's and a staff action's time goes, measured on the real path (the app over HTTP, our
 * worker, one dev server): every register query the app makes and every call it makes to Temporal is
 * timed and charged to the request that made it (AsyncLocalStorage); the worker's register write for
 * the action is timed in the worker. What is left of a request's time is HTTP, Express, validation,
 * encryption and waiting for the event loop. Nothing in the product is changed to measure this.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { WorkflowClientInterceptor } from '@temporalio/client';
import type { Database } from '../../infra/database';
import { writtenComplaint } from '../../test/support/harness';
import { startDevServer } from './dev-server';
import { closedLoop, median, type Row } from './figures';
import { startMailSink } from './mail-sink';
import { startService } from './service';

type Spans = Map<string, number>;

/**
 * Every SQLite statement the process runs, app and worker alike, with the time it held the event loop:
 * better-sqlite3 is synchronous, so a commit waiting for the disk stops everything else in the process.
 */
const sqlite = { ms: 0, statements: 0, commits: 0 };

function watchSqlite(): void {
  const driver = require(
    require.resolve('better-sqlite3', { paths: [require.resolve('@prisma/adapter-better-sqlite3')] }),
  ) as new (file: string) => { prepare(sql: string): object; close(): void };
  const probe = new driver(':memory:');
  const statement = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<string, (...a: unknown[]) => unknown>;
  probe.close();
  for (const method of ['run', 'all', 'get']) {
    const original = statement[method];
    statement[method] = function (this: { source: string }, ...args: unknown[]) {
      const start = performance.now();
      try {
        return original.apply(this, args);
      } finally {
        sqlite.ms += performance.now() - start;
        sqlite.statements += 1;
        if (/^\s*COMMIT/i.test(this.source)) sqlite.commits += 1;
      }
    };
  }
}
const current = new AsyncLocalStorage<Spans>();

function charge(name: string, ms: number, spans = current.getStore()): void {
  if (spans) spans.set(name, (spans.get(name) ?? 0) + ms);
}

async function timed<T>(name: string, run: () => Promise<T>): Promise<T> {
  const spans = current.getStore();
  const start = performance.now();
  try {
    return await run();
  } finally {
    charge(name, performance.now() - start, spans);
  }
}

const WRITES = /create|update|upsert|delete/i;

/** The same register, with each query timed: "register read Model.op" or "register write Model.op". */
function timedDatabase(db: Database): Database {
  return db.$extends({
    query: {
      $allOperations({ model, operation, args, query }) {
        const kind = WRITES.test(operation) ? 'write' : 'read';
        return timed(`register ${kind} ${model ?? ''}.${operation}`, () => query(args));
      },
    },
  }) as unknown as Database;
}

const temporalCalls: WorkflowClientInterceptor = {
  startWithDetails: (input, next) => timed('Temporal: start workflow', () => next(input)),
  startUpdate: (input, next) => timed('Temporal: Update (worker included)', () => next(input)),
};

/** Per request: each span's share, the request's total as the client saw it, and the whole process's. */
interface Profile {
  requests: Spans[];
  totals: number[];
  /** SQLite in the whole process (app and worker) during the batch. */
  sqlite: typeof sqlite;
  /** Share of the batch's time the event loop was busy. */
  busy: number;
}

export interface ProfileOptions {
  requests: number;
  concurrencies: number[];
}

export async function profile({ requests, concurrencies }: ProfileOptions): Promise<Row[]> {
  watchSqlite();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'klachten-profile-'));
  const env = await startDevServer(dir);
  const sink = await startMailSink();
  const workerSpans = new Map<string, number[]>();
  const finished: Spans[] = [];
  const service = await startService({
    connection: env.connection,
    nativeConnection: env.nativeConnection,
    smtpUrl: sink.url,
    appDb: timedDatabase,
    interceptors: [temporalCalls],
    before: (_req, res, next) => {
      const spans: Spans = new Map();
      res.on('finish', () => finished.push(spans));
      current.run(spans, next);
    },
    activities: (activities) => ({
      ...activities,
      async recordEvent(event) {
        const start = performance.now();
        await activities.recordEvent(event);
        const list = workerSpans.get(event.action) ?? [];
        list.push(performance.now() - start);
        workerSpans.set(event.action, list);
      },
    }),
  });
  const rows: Row[] = [];
  try {
    for (const concurrency of concurrencies) {
      const references: string[] = [];
      const intake = await measure(finished, concurrency, requests, async (i) => {
        const body = (await service.post(
          '/api/complaints',
          writtenComplaint(),
          201,
          `profile-${concurrency}-${i}`,
        )) as {
          complaint: { reference: string };
        };
        references.push(body.complaint.reference);
      });
      rows.push(...breakdown(`intake, c=${concurrency}`, intake));
      await sink.waitFor('/receipt@', references.length * (concurrencies.indexOf(concurrency) + 1), 60_000);
      workerSpans.clear();
      const action = await measure(finished, concurrency, requests, (i) =>
        service.post(
          `/api/complaints/${references[i % references.length]}/assign`,
          { handler: i % 2 ? 'bench-a' : 'bench-b' },
          200,
          `profile-assign-${concurrency}-${i}`,
        ),
      );
      rows.push(...breakdown(`assign, c=${concurrency}`, action));
      const recorded = workerSpans.get('assigned') ?? [];
      rows.push({
        part: 'profile',
        what: `assign, c=${concurrency}: of which the worker's register write (local activity)`,
        ours: `${median(recorded).toFixed(1)} ms`,
      });
    }
  } finally {
    await service.stop();
    await sink.close();
    await env.teardown();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

/** Runs the requests and takes the spans of each, as the app's context left them when it answered. */
async function measure(
  finished: Spans[],
  concurrency: number,
  requests: number,
  run: (i: number) => Promise<unknown>,
): Promise<Profile> {
  finished.length = 0;
  const totals: number[] = [];
  const before = { ...sqlite };
  const loop = performance.eventLoopUtilization();
  await closedLoop(concurrency, requests, async (i) => {
    const start = performance.now();
    await run(i);
    totals.push(performance.now() - start);
  });
  const busy = performance.eventLoopUtilization(loop).utilization;
  const during = {
    ms: sqlite.ms - before.ms,
    statements: sqlite.statements - before.statements,
    commits: sqlite.commits - before.commits,
  };
  return { requests: finished.splice(0), totals, sqlite: during, busy };
}

/** The rows of one breakdown: the mean per request of each span, largest first, and what is left. */
function breakdown(what: string, profile: Profile): Row[] {
  const n = profile.requests.length || 1;
  const sums = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const spans of profile.requests) {
    for (const [name, ms] of spans) {
      sums.set(name, (sums.get(name) ?? 0) + ms);
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  const total = profile.totals.reduce((a, b) => a + b, 0) / (profile.totals.length || 1);
  const accounted = [...sums.values()].reduce((a, b) => a + b, 0) / n;
  const rows: Row[] = [{ part: 'profile', what: `${what}: whole request (mean)`, ours: `${total.toFixed(1)} ms` }];
  for (const [name, sum] of [...sums].sort((a, b) => b[1] - a[1])) {
    const perRequest = (counts.get(name)! / n).toFixed(1);
    rows.push({ part: 'profile', what: `${what}: ${name} (×${perRequest})`, ours: `${(sum / n).toFixed(1)} ms` });
  }
  rows.push({
    part: 'profile',
    what: `${what}: HTTP, Express, validation, encryption, event loop`,
    ours: `${(total - accounted).toFixed(1)} ms`,
  });
  const perRequest = (v: number) => (v / profile.totals.length).toFixed(1);
  rows.push({
    part: 'profile',
    what: `${what}: SQLite in the process (app + worker), per request, holding the event loop`,
    ours: `${perRequest(profile.sqlite.ms)} ms, ${perRequest(profile.sqlite.statements)} statements, ${perRequest(profile.sqlite.commits)} commits`,
  });
  rows.push({ part: 'profile', what: `${what}: event loop busy`, ours: `${(profile.busy * 100).toFixed(0)} %` });
  return rows;
}
