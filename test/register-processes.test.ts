/**
 * Issue 20: `npm start` runs the worker and the API as two processes on one SQLite register. Two
 * processes that write it at once, each in transactions that read before they write (as intake's
 * reference counter and the worker's event record do), lose no write: none fails with "database is
 * locked", and every increment is counted.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './support/paths';
import { createTestDatabase, type TestDatabase } from './support/test-database';

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

test('issue 20 item 2: two processes writing one SQLite register at once, reading before they write: no transaction fails', async () => {
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
    where: { year: { in: years } },
    orderBy: { year: 'asc' },
  });
  expect(counters.map((c) => c.last)).toEqual([COUNT, COUNT]);
}, 120_000);
