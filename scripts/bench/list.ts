/**
 * The register's list with many complaints: sorting, search and paging read the register alone. Up to
 * 10,000 complaints are registered as intake registers them; beyond, the register is filled in bulk as
 * the reports bench fills it (reports.ts), so that a million rows take a minute rather than hours.
 */
import request from 'supertest';
import { registerComplaint } from '../../api/complaints/register';
import { asIntake, writtenComplaint, type Harness } from '../../test/support/harness';
import { seconds, sequential, timingRow, type Row } from './figures';
import { fillRegister } from './reports';
import { withHarness } from './time-skipping';

const REGISTERED_ONE_BY_ONE = 10_000;

async function fill(h: Harness, size: number): Promise<void> {
  if (size > REGISTERED_ONE_BY_ONE) return fillRegister(h, size);
  for (let i = 0; i < size; i++) {
    const subject = i % 10 === 0 ? `Factuur ${i}` : `Klacht ${i}`;
    await registerComplaint(h.register.db, asIntake(writtenComplaint({ subject })), h.config.terms);
  }
}

export function list(size = 5000): Promise<Row[]> {
  return withHarness(async (h) => {
    // The register grows without workflows: the list reads only the register.
    const start = performance.now();
    await fill(h, size);
    console.log(`  (filled the register with ${size} complaints in ${seconds(performance.now() - start)})`);
    const get = (query: string) => () =>
      request(h.app).get(`/api/complaints?${query}`).set(h.as('handler')).expect(200);
    const rows: Row[] = [];
    // The inbox (open ones, next deadline first), a text search that matches a tenth or nothing, a far page.
    for (const query of ['sort=nextDeadline', 'q=factuur&overdue=false', 'status=registered&page=20']) {
      rows.push(timingRow('list', `GET /api/complaints?${query} (${size})`, await sequential(50, get(query))));
    }
    return rows;
  });
}
