/**
 * R6 benchmark, where a report's time goes: each of the summary's queries timed on its own, for the year so
 * far and the period before it (what `GET /api/reports/summary` computes without from and to), on a
 * register filled as the reports part fills it. No Temporal server: only the register is needed.
 */
import { previousPeriod, todayIn, yearSoFar } from '../../domain/report-period';
import { backlog } from '../../reports/backlog';
import { correctiveActions } from '../../reports/corrective-actions';
import { promises } from '../../reports/promises';
import { replyTime } from '../../reports/reply-time';
import { satisfaction } from '../../reports/satisfaction';
import { scopeOf, type ReportScope } from '../../reports/scope';
import { reportSummary } from '../../reports/summary';
import { termOutcomes } from '../../reports/timeliness';
import { volume } from '../../reports/volume';
import { createTestDatabase } from '../../test/support/test-database';
import { loadConfig } from '../../infra/config';
import { seconds, sequential, timingRow, type Row } from './figures';
import { fillRegister } from './fill-register';

const QUERIES: Record<string, (s: ReportScope) => Promise<unknown>> = {
  volume,
  'timeliness (reply, callback, acknowledgement terms)': termOutcomes,
  promises,
  'days to reply': replyTime,
  backlog,
  'corrective actions': correctiveActions,
  satisfaction,
};

export async function reportQueries(size = 100_000, runs = 7): Promise<Row[]> {
  const register = await createTestDatabase();
  try {
    const now = new Date();
    const fill = performance.now();
    await fillRegister({ register, now: async () => now }, size);
    console.log(`  (filled the register with ${size} complaints in ${seconds(performance.now() - fill)})`);
    const zone = loadConfig({}).terms.timeZone;
    const period = yearSoFar(todayIn(now, zone));
    const scopes = {
      'year so far': scopeOf(register.db, period, zone, now),
      'the period before': scopeOf(register.db, previousPeriod(period), zone, now),
    };
    const rows: Row[] = [];
    for (const [name, query] of Object.entries(QUERIES)) {
      for (const [which, scope] of Object.entries(scopes)) {
        rows.push(
          timingRow('report-queries', `${name}, ${which} (${size})`, await sequential(runs, () => query(scope))),
        );
      }
    }
    const summary = () => reportSummary(register.db, period, zone, now);
    rows.push(timingRow('report-queries', `the whole summary (${size})`, await sequential(runs, summary)));
    return rows;
  } finally {
    await register.close();
  }
}
