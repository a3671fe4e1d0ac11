/**
 * R6 benchmark: the reports on a register of many complaints (default 100,000) spread over the last two
 * years, with outcomes of every kind, filled in bulk (fill-register.ts) on the register's engine: SQLite,
 * or PostgreSQL with TEST_REGISTER=postgres and TEST_POSTGRES_URL, as the tests choose.
 */
import request from 'supertest';
import { monthPeriod, previousMonth } from '../../domain/report-period';
import { seconds, sequential, timingRow, type Row } from './figures';
import { fillRegister } from './fill-register';
import { withHarness } from './time-skipping';

export function reports(size = 100_000): Promise<Row[]> {
  return withHarness(async (h) => {
    const fill = performance.now();
    await fillRegister(h, size);
    console.log(`  (filled the register with ${size} complaints in ${seconds(performance.now() - fill)})`);
    const get = (path: string) => () => request(h.app).get(path).set(h.as('manager')).expect(200);
    const { from, to } = monthPeriod(previousMonth(await h.today()));
    const row = async (what: string, n: number, path: string) =>
      timingRow('reports', `${what} (${size})`, await sequential(n, get(path)));
    return [
      await row('GET /api/reports/summary, last 12 months', 20, '/api/reports/summary'),
      await row('GET /api/reports/summary, last month', 20, `/api/reports/summary?from=${from}&to=${to}`),
      await row('GET /api/reports/charts/volume-trend.svg', 10, '/api/reports/charts/volume-trend.svg'),
      await row(`GET /api/reports/complaints.csv, all ${size} rows`, 3, '/api/reports/complaints.csv'),
    ];
  });
}
