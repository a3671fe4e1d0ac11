/** The register's list with many complaints: sorting, search and paging read the register alone. */
import request from 'supertest';
import { registerComplaint } from '../../api/complaints/register';
import { asIntake, writtenComplaint } from '../../test/support/harness';
import { seconds, sequential, timingRow, type Row } from './figures';
import { withHarness } from './time-skipping';

export function list(size = 5000): Promise<Row[]> {
  return withHarness(async (h) => {
    // The register grows without workflows: the list reads only the register.
    const fill = performance.now();
    for (let i = 0; i < size; i++) {
      const subject = i % 10 === 0 ? `Factuur ${i}` : `Klacht ${i}`;
      await registerComplaint(h.register.db, asIntake(writtenComplaint({ subject })), h.config.terms);
    }
    console.log(`  (filled the register with ${size} complaints in ${seconds(performance.now() - fill)})`);
    const get = (query: string) => () =>
      request(h.app).get(`/api/complaints?${query}`).set(h.as('handler')).expect(200);
    const rows: Row[] = [];
    for (const query of ['sort=nextDeadline', 'q=factuur&overdue=false', 'status=registered&page=20']) {
      rows.push(timingRow('list', `GET /api/complaints?${query} (${size})`, await sequential(50, get(query))));
    }
    return rows;
  });
}
