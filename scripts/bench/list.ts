/**
 * The register's list with many complaints: sorting, search and paging read the register alone. Up to
 * 10,000 complaints are registered as intake registers them; beyond, the register is filled in bulk as
 * the reports bench fills it (fill-register.ts), so that a million rows take a minute rather than hours. On
 * the register's engine: SQLite, or PostgreSQL with --postgres (TEST_POSTGRES_URL names the server).
 */
import request from 'supertest';
import { registerComplaint } from '../../api/complaints/register';
import { asIntake, writtenComplaint, type Harness } from '../../test/support/harness';
import { seconds, sequential, timingRow, type Row } from './figures';
import { OPEN_STATUSES } from '../../api/complaints/list-query';
import { fillRegister } from './fill-register';
import { withHarness } from './time-skipping';

const REGISTERED_ONE_BY_ONE = 10_000;

async function fill(h: Harness, size: number): Promise<void> {
  if (size > REGISTERED_ONE_BY_ONE) return fillRegister(h, size);
  for (let i = 0; i < size; i++) {
    const subject = i % 10 === 0 ? `Factuur ${i}` : `Klacht ${i}`;
    await registerComplaint(h.register.db, asIntake(writtenComplaint({ subject })), h.config.terms);
  }
}

export function list(size = 5000, requests = 50): Promise<Row[]> {
  return withHarness(async (h) => {
    // The register grows without workflows: the list reads only the register.
    const start = performance.now();
    await fill(h, size);
    console.log(`  (filled the register with ${size} complaints in ${seconds(performance.now() - start)})`);
    const get = (query: string) => () =>
      request(h.app).get(`/api/complaints?${query}`).set(h.as('handler')).expect(200);
    const rows: Row[] = [];
    const one = `KL-2100-${String(Math.ceil(size / 2)).padStart(6, '0')}`;
    // Everything and the inbox's open ones by next deadline; a text search that matches a tenth, one
    // complaint (by its reference or, below the bulk size, by an unknown word) or nothing; a far page.
    const queries = [
      'sort=nextDeadline',
      `status=${OPEN_STATUSES.join(',')}&sort=nextDeadline`,
      'q=factuur&overdue=false',
      `q=${size > REGISTERED_ONE_BY_ONE ? one : 'Factuur%2010'}`,
      'q=onbekend',
      'status=registered&page=20',
    ];
    for (const query of queries) {
      // Not timed: the first requests after a bulk fill read the pages the fill left on disk.
      await sequential(3, get(query));
      const what = `GET /api/complaints?${query} (${size}, ${h.register.engine})`;
      rows.push(timingRow('list', what, await sequential(requests, get(query))));
    }
    return rows;
  });
}
