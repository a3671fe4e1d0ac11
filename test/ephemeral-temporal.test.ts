/**
 * A Temporal server the SDK starts is started again when it did not answer within the SDK's fixed 5 s
 * (infra/ephemeral-temporal.ts; seen in CI on a loaded machine). Any other failure is not retried.
 */
import { startEphemeral } from '../infra/ephemeral-temporal';

const TIMED_OUT = new Error(
  "Failed to start ephemeral server: ephemeral server at 127.0.0.1:38213 did not start within 5s. Make sure another download isn't stuck and delete the temp file.",
);

/** A start that fails with `errors` in turn, then gives 'server'; and how often it was called. */
function starts(...errors: Error[]) {
  let calls = 0;
  const start = async () => {
    const error = errors[calls++];
    if (error) throw error;
    return 'server';
  };
  return { start, calls: () => calls };
}

beforeEach(() => jest.spyOn(console, 'warn').mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

test("a server that did not answer within the SDK's 5 s is started again, and the next start is used", async () => {
  const s = starts(TIMED_OUT, TIMED_OUT);
  await expect(startEphemeral(s.start)).resolves.toBe('server');
  expect(s.calls()).toBe(3);
});

test('after the last attempt the startup failure is thrown as it came', async () => {
  const s = starts(TIMED_OUT, TIMED_OUT, TIMED_OUT);
  await expect(startEphemeral(s.start)).rejects.toBe(TIMED_OUT);
  expect(s.calls()).toBe(3);
});

test('any other failure (a missing binary, a port in use) is thrown at once, not retried', async () => {
  const missing = new Error('spawn /nowhere/temporal ENOENT');
  const s = starts(missing);
  await expect(startEphemeral(s.start)).rejects.toBe(missing);
  expect(s.calls()).toBe(1);
});
