/**
 * Issue 20: `npm start` runs the worker and the API as two processes on one SQLite register. Two
 * processes that write it at once, each in transactions that read before they write (as intake's
 * reference counter and the worker's event record do) and in single statements, lose no write: none fails
 * with "database is locked", and every increment is counted. Neither waits for the other's lock inside
 * SQLite, which would stop its event loop: it tries again from the event loop (infra/sqlite-connection.ts).
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import Driver from 'better-sqlite3';
import { ROOT } from './support/paths';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { SINGLE_STATEMENT_YEARS } from './support/write-register';

const run = promisify(execFile);
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const [COUNT, CONCURRENCY] = [300, 8];

let register: TestDatabase;

beforeAll(async () => {
  register = await createTestDatabase();
});

afterAll(async () => {
  await register?.close();
});

test('issue 20 item 2: two processes writing one SQLite register at once, in transactions that read before they write and in single statements: no write fails', async () => {
  // Each process its own counter row: they contend for the file's write lock, not for a row.
  const years = [1001, 1002];
  const outcomes = await Promise.all(
    years.map((year) =>
      run(TSX, ['test/support/write-register.ts', register.url, String(COUNT), String(CONCURRENCY), String(year)], {
        cwd: ROOT,
      }).then(({ stdout }) => JSON.parse(stdout) as { failed: number; first?: string }),
    ),
  );
  expect(outcomes).toEqual([{ failed: 0 }, { failed: 0 }]);
  const counters = await register.db.referenceCounter.findMany({
    where: { year: { in: [...years, ...years.map((y) => y + SINGLE_STATEMENT_YEARS)] } },
    orderBy: { year: 'asc' },
  });
  expect(counters.map((c) => c.last)).toEqual([COUNT, COUNT, COUNT, COUNT]);
}, 120_000);

test('issue 20: a transaction that waited its whole time for another writer fails, and lets the next one run', async () => {
  // Another process (here a connection of the test's own) holds the write lock past the 5 s a writer waits.
  const other = new Driver(register.url.replace(/^file:/, ''));
  other.prepare('BEGIN IMMEDIATE').run();
  const year = 1003;
  const count = (tx: Pick<TestDatabase['db'], 'referenceCounter'>) =>
    tx.referenceCounter.upsert({ where: { year }, create: { year, last: 1 }, update: { last: { increment: 1 } } });
  try {
    await expect(register.db.$transaction(count)).rejects.toThrow();
  } finally {
    other.prepare('ROLLBACK').run();
    other.close();
  }
  // The transaction that failed to begin gave up its turn: the next one runs (it waited for ever before).
  await register.db.$transaction(count);
  expect(await register.db.referenceCounter.findUnique({ where: { year } })).toMatchObject({ last: 1 });
}, 30_000);
