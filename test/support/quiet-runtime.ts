/**
 * Jest setup for every test file: the Temporal runtime reports errors only. Failed attempts against
 * a mail server a test took down, replay workers starting and stopping, and the test server's missing
 * heartbeat capability are expected there; only errors are news.
 */
import { DefaultLogger, Runtime } from '@temporalio/worker';

Runtime.install({
  logger: new DefaultLogger('ERROR'),
  telemetryOptions: { logging: { filter: { core: 'ERROR', other: 'ERROR' } } },
});
