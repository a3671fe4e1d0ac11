/**
 * A test file whose harness cannot start fails with the reason, and leaves nothing running: no Temporal
 * test server outlives it (on CI, every such file would otherwise leave one behind, and each holds memory
 * and a port for the rest of the run).
 */
import { execFileSync } from 'node:child_process';
import { startHarness } from './support/harness';

/** The Temporal test servers this process started that still run. */
function ownTestServers(): string[] {
  let out = '';
  try {
    out = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  } catch {
    return []; // ps exits 1 when there is no child at all
  }
  return out.split('\n').filter((line) => line.includes('temporal-test-server'));
}

test('a wrong TEST_CLOCK_SHIFT_DAYS fails the start with its name, and no test server is left running', async () => {
  const before = ownTestServers();
  const given = process.env.TEST_CLOCK_SHIFT_DAYS;
  process.env.TEST_CLOCK_SHIFT_DAYS = '87,5';
  try {
    await expect(startHarness()).rejects.toThrow('TEST_CLOCK_SHIFT_DAYS must be a number of days');
  } finally {
    if (given === undefined) delete process.env.TEST_CLOCK_SHIFT_DAYS;
    else process.env.TEST_CLOCK_SHIFT_DAYS = given;
  }
  expect(ownTestServers()).toEqual(before);
});
