/**
 * R6 benchmark, where a report's time goes: each of the summary's per-day queries timed on its own over
 * the days of the year so far and of the period before (what `GET /api/reports/summary` computes without
 * from and to), the part read at each request, and the whole summary with no day kept (the first request
 * after a start on a new register) and with the finished days kept (every request after it), on a register
 * filled as the reports part fills it. No Temporal server: only the register is needed.
 */
import { previousPeriod, todayIn, yearSoFar } from '../../domain/report-period';
import { backlogOfDays } from '../../reports/backlog';
import { correctiveActionsOfDays, recentCorrectiveActions } from '../../reports/corrective-actions';
import { daysOf, type DaysQuery } from '../../reports/days';
import { dialectOf } from '../../reports/dialect';
import { promisesOfDays } from '../../reports/promises';
import { replyTimesOfDays } from '../../reports/reply-time';
import { satisfactionOfDays } from '../../reports/satisfaction';
import { scopeOf, type ReportScope } from '../../reports/scope';
import { reportSummary } from '../../reports/summary';
import { termsOfDays } from '../../reports/timeliness';
import { volumeOfDays } from '../../reports/volume';
import { createTestDatabase } from '../../test/support/test-database';
import { loadConfig } from '../../infra/config';
import { seconds, sequential, timingRow, type Row } from './figures';
import { fillRegister } from './fill-register';

const PER_DAY: Record<string, (q: DaysQuery) => Promise<unknown>> = {
  volume: volumeOfDays,
  'timeliness (reply, callback, acknowledgement terms)': termsOfDays,
  promises: promisesOfDays,
  'days to reply': replyTimesOfDays,
  'corrective actions counted': correctiveActionsOfDays,
  satisfaction: satisfactionOfDays,
  'backlog (open now, ended when)': backlogOfDays,
};

const AT_EACH_REQUEST: Record<string, (s: ReportScope) => Promise<unknown>> = {
  'most recent corrective actions': recentCorrectiveActions,
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
    const periods = { 'year so far': period, 'the period before': previousPeriod(period) };
    const rows: Row[] = [];
    const time = async (what: string, run: () => Promise<unknown>) =>
      rows.push(timingRow('report-queries', `${what} (${size})`, await sequential(runs, run)));
    for (const [name, query] of Object.entries(PER_DAY)) {
      for (const [which, p] of Object.entries(periods)) {
        const q = { db: register.db, dialect: dialectOf(register.db), zone, days: daysOf(p, zone) };
        await time(`${name} per day, ${which}`, () => query(q));
      }
    }
    for (const [name, query] of Object.entries(AT_EACH_REQUEST)) {
      for (const [which, p] of Object.entries(periods))
        await time(`${name}, ${which}`, () => query(scopeOf(register.db, p, zone, now)));
    }
    const summary = () => reportSummary(register.db, period, zone, now);
    await time('the whole summary, no day kept', async () => {
      await register.db.reportDay.deleteMany();
      await summary();
    });
    await time('the whole summary, finished days kept', summary);
    return rows;
  } finally {
    await register.close();
  }
}
