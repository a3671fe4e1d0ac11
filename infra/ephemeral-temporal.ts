/**
 * A Temporal server the SDK starts itself: `npm start`'s dev server, and the time-skipping server of a
 * what-if run and of the tests. The SDK gives such a server a fixed 5 s to answer, then kills it
 * (sdk-core's ephemeral_server: 50 tries, 100 ms apart; no option changes it). On a loaded machine a
 * server can take longer: in CI a dev server restarted on its own database file did not answer in time.
 * So a start that ran out of those 5 s is made again, each time with a fresh process.
 */

/** The SDK's words when its server did not answer within its 5 s. */
const STARTUP_TIMEOUT = /did not start within/;

export const EPHEMERAL_START_ATTEMPTS = 3;

export async function startEphemeral<T>(start: () => Promise<T>, attempts = EPHEMERAL_START_ATTEMPTS): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start();
    } catch (error) {
      if (attempt >= attempts || !STARTUP_TIMEOUT.test((error as Error)?.message ?? '')) throw error;
      console.warn(
        `a Temporal server did not answer within the 5 s the SDK gives it; starting it again (${attempt + 1} of ${attempts})`,
      );
    }
  }
}
