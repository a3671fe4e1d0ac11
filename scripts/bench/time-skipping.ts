/**
 * The tests' harness for the parts measured under time skipping: each in an environment of its own, as
 * a time skip also fires the deadlines of every complaint filed before it, and those would be measured
 * along.
 */
import { startHarness, type Harness } from '../../test/support/harness';

export async function withHarness<T>(run: (h: Harness) => Promise<T>): Promise<T> {
  const h = await startHarness();
  try {
    return await run(h);
  } finally {
    await h.stop();
  }
}
