/**
 * Issue 22: what if the procedure changed? Replays the complaints received in a period under today's
 * terms and under the proposed settings, and prints both side by side (or JSON):
 *   npm run what-if -- --from YYYY-MM-DD --to YYYY-MM-DD --set REPLY_TERM_DAYS=10 [--set …] [--staff …] [--json]
 * --staff same-working-day: staff act on the same working day after arrival, at the same time of day
 * (for a proposal that changes the calendar); default: at the same time after arrival.
 * Runs beside the service: it reads the register (no personal data), starts a time-skipping Temporal
 * test server of its own, and stores and sends nothing.
 */
import { parseArgs } from 'node:util';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { loadConfig } from '../infra/config';
import { parseOverrides, PolicyError } from '../whatif/policy';
import { STAFF_TIMINGS } from '../whatif/staff-timing';
import { whatIfTable } from '../whatif/table';
import { whatIf } from '../whatif/what-if';
import { openRegister } from './open-register';

const USAGE =
  'usage: npm run what-if -- --from YYYY-MM-DD --to YYYY-MM-DD [--set KEY=VALUE …] [--staff same-time|same-working-day] [--json]';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      set: { type: 'string', multiple: true, default: [] },
      staff: { type: 'string', default: 'same-time' },
      json: { type: 'boolean', default: false },
    },
  });
  const { from, to } = values;
  const staffTiming = STAFF_TIMINGS.find((t) => t === values.staff);
  if (!from || !to || !DATE.test(from) || !DATE.test(to) || from > to || !staffTiming) {
    console.error(USAGE);
    process.exit(2);
  }
  let overrides;
  try {
    overrides = parseOverrides(values.set);
  } catch (error) {
    if (!(error instanceof PolicyError)) throw error;
    console.error(`${error.setting}: ${error.message}\n${USAGE}`);
    process.exit(2);
  }
  // The replay's worker is an analysis tool: only its errors are news.
  Runtime.install({
    logger: new DefaultLogger('ERROR'),
    telemetryOptions: { logging: { filter: { core: 'ERROR', other: 'ERROR' } } },
  });
  const config = loadConfig();
  const db = await openRegister();
  try {
    const report = await whatIf(db, {
      period: { from, to },
      baseline: config.terms,
      overrides,
      staffTiming,
      now: new Date(),
      workflowBundle: config.worker.bundlePath ? { codePath: config.worker.bundlePath } : undefined,
    });
    console.log(values.json ? JSON.stringify(report, null, 2) : whatIfTable(report));
  } catch (error) {
    if (error instanceof PolicyError) {
      console.error(`${error.setting}: ${error.message}`);
      process.exit(2);
    }
    throw error;
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
