/**
 * Issue 20, R4: the register's list on a register larger than it counts. The list stops counting at 10,000
 * (a million rows took longer to count than the page took to read) and says so; its order by next deadline,
 * read off an index on both databases, still puts what is due first and what has no deadline last.
 */
import request from 'supertest';
import { fillRegister } from '../scripts/bench/fill-register';
import { useHarness } from './support/harness';

const h = useHarness();
/** What the list counts at most (README, GET /api/complaints). */
const COUNTED_AT_MOST = 10_000;
const SIZE = COUNTED_AT_MOST + 50;

beforeAll(async () => {
  await fillRegister(h, SIZE);
});

const list = (query: string) => request(h.app).get(`/api/complaints?${query}`).set(h.as('handler')).expect(200);

test('issue 20: beyond 10,000 the total says "at least", below it is exact', async () => {
  const all = await list('pageSize=1');
  expect(all.body).toMatchObject({ total: COUNTED_AT_MOST, totalExact: false });
  const one = await list('q=KL-2100-000042');
  expect(one.body).toMatchObject({ total: 1, totalExact: true });
  expect(one.body.items.map((i: { reference: string }) => i.reference)).toEqual(['KL-2100-000042']);
});

test('R4: by next deadline, soonest first, complaints without one last, on every page', async () => {
  const first = await list('sort=nextDeadline&pageSize=100');
  const deadlines = first.body.items.map((i: { nextDeadlineAt?: string }) => Date.parse(i.nextDeadlineAt!));
  expect(deadlines.every(Number.isFinite)).toBe(true);
  expect([...deadlines].sort((a, b) => a - b)).toEqual(deadlines);
  const withDeadline = await h.register.db.complaint.count({ where: { nextDeadlineAt: { not: null } } });
  // The page that holds the last complaint with a deadline and the first without one.
  const page = Math.floor(withDeadline / 100) + 1;
  const turn = await list(`sort=nextDeadline&pageSize=100&page=${page}`);
  const has = turn.body.items.map((i: { nextDeadlineAt: string | null }) => i.nextDeadlineAt != null);
  const at = withDeadline % 100;
  expect(has).toEqual([...Array(at).fill(true), ...Array(100 - at).fill(false)]);
});

test('R4: the open ones by next deadline, as the inbox lists them: of those statuses only, soonest first', async () => {
  const open = ['registered', 'awaiting_callback', 'in_handling', 'acknowledged', 'answered'];
  const page = await list(`status=${open.join(',')}&sort=nextDeadline&pageSize=100`);
  const items: { status: string; nextDeadlineAt: string }[] = page.body.items;
  expect(items).toHaveLength(100);
  expect(items.every((i) => open.includes(i.status))).toBe(true);
  const deadlines = items.map((i) => Date.parse(i.nextDeadlineAt));
  expect([...deadlines].sort((a, b) => a - b)).toEqual(deadlines);
});

test('R4: not overdue is every complaint without a deadline or with one not yet passed', async () => {
  const now = await h.now();
  const expected = await h.register.db.complaint.count({
    where: { OR: [{ nextDeadlineAt: null }, { nextDeadlineAt: { gte: now } }] },
  });
  expect(expected).toBeLessThan(COUNTED_AT_MOST);
  expect((await list('overdue=false&pageSize=1')).body).toMatchObject({ total: expected, totalExact: true });
});
