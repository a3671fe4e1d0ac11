/**
 * Waits until `check` holds, for what the workflows put on record through activities: they run
 * beside the test, and how soon they are done depends on the engine (PostgreSQL answers over a socket).
 */
export async function until(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not so within ${timeoutMs} ms: ${check.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
