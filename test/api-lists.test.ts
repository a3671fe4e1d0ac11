/** R4/R6: staff find what is due: the register's list, filtered, searched, sorted and paged. */
import request from 'supertest';
import { oralComplaint, startHarness, writtenComplaint, type Harness } from './support/harness';
import { until } from './support/until';
import { fieldCodes } from './support/problems';

let h: Harness;
const refs: Record<string, string> = {};

beforeAll(async () => {
  h = await startHarness();
  const file = async (name: string, body: Record<string, unknown>) => {
    const res = await request(h.app).post('/api/complaints').set(h.as('intake')).send(body).expect(201);
    refs[name] = res.body.complaint.reference;
  };
  const now = (await h.now()).getTime(); // the test server's clock, which a run may have moved on
  const hoursAgo = (n: number) => new Date(now - n * 3600_000).toISOString();
  await file('invoice', writtenComplaint({ subject: 'Factuur dubbel', description: 'Twee keer betaald.' }));
  await file('rude', oralComplaint({ subject: 'Onvriendelijke receptie', receivedAt: hoursAgo(6) }));
  await file(
    'parking',
    writtenComplaint({
      channel: 'letter',
      subject: 'Parkeerplaats',
      description: 'Geen plek voor rolstoel.',
      receivedAt: hoursAgo(24 * 3),
    }),
  );
  await file('late', oralComplaint({ subject: 'Te laat teruggebeld', receivedAt: hoursAgo(1) }));
  await request(h.app)
    .post(`/api/complaints/${refs.parking}/assign`)
    .set(h.as('intake'))
    .send({ handler: 'handler-1' })
    .expect(200);
  await h.env.sleep('1 minute'); // lets the workflows put their deadlines on record
  // ... which their activities do beside the test: wait until the register shows them and the assignment.
  await until(async () => {
    const recorded = await h.register.db.complaint.count({ where: { nextDeadlineAt: { not: null } } });
    const parking = await h.register.db.complaint.findUnique({ where: { reference: refs.parking } });
    return recorded === 4 && parking?.handler === 'handler-1';
  });
});
afterAll(async () => {
  await h?.stop();
});

const list = (query: string) => request(h.app).get(`/api/complaints?${query}`).set(h.as('handler'));
const references = (res: { body: { items: { reference: string }[] } }) => res.body.items.map((i) => i.reference);

test('R4: sorted by next deadline, soonest first: the overdue callback leads', async () => {
  const res = await list('sort=nextDeadline');
  expect(res.status).toBe(200);
  expect(res.body.total).toBe(4);
  expect(references(res)[0]).toBe(refs.rude);
  const deadlines = res.body.items.map((i: { nextDeadlineAt: string }) => Date.parse(i.nextDeadlineAt));
  expect([...deadlines].sort((a, b) => a - b)).toEqual(deadlines);
});

test('R4: overdue lists the complaints whose deadline has passed', async () => {
  const res = await list('overdue=true');
  expect(references(res)).toEqual([refs.rude]);
  expect(res.body.items[0].overdue).toBe(true);
  const notOverdue = await list('overdue=false');
  expect(references(notOverdue)).not.toContain(refs.rude);
});

test('filters by status, channel, handler, received between, due before; they combine', async () => {
  expect(references(await list('status=awaiting_callback')).sort()).toEqual([refs.rude, refs.late].sort());
  expect(references(await list('channel=letter'))).toEqual([refs.parking]);
  expect(references(await list('channel=letter,email')).sort()).toEqual([refs.invoice, refs.parking].sort());
  expect(references(await list('handler=handler-1'))).toEqual([refs.parking]);
  const now = (await h.now()).getTime();
  const since = new Date(now - 2 * 3600_000).toISOString();
  expect(references(await list(`receivedFrom=${encodeURIComponent(since)}`)).sort()).toEqual(
    [refs.invoice, refs.late].sort(),
  );
  const soon = new Date(now + 24 * 3600_000).toISOString();
  expect(references(await list(`dueBefore=${encodeURIComponent(soon)}`)).sort()).toEqual([refs.rude, refs.late].sort());
  expect(references(await list('status=awaiting_callback&overdue=true'))).toEqual([refs.rude]);
});

test('text search looks in subject and description, ignoring case', async () => {
  expect(references(await list('q=factuur'))).toEqual([refs.invoice]);
  expect(references(await list('q=ROLSTOEL'))).toEqual([refs.parking]);
  expect(references(await list('q=nothing-like-this'))).toEqual([]);
});

test('pages: pageSize and page, with the total', async () => {
  const first = await list('sort=receivedAt&pageSize=3&page=1');
  const second = await list('sort=receivedAt&pageSize=3&page=2');
  expect(first.body).toMatchObject({ page: 1, pageSize: 3, total: 4 });
  expect(references(first)).toHaveLength(3);
  expect(references(second)).toHaveLength(1);
  expect(references(first)[0]).toBe(refs.parking); // received first
});

test('a bad query is a 400 naming the parameter', async () => {
  const res = await list('status=lost&pageSize=1000&colour=red');
  expect(res.status).toBe(400);
  const fields = res.body.fields.map((f: { field: string }) => f.field);
  expect(fields).toEqual(expect.arrayContaining(['status.0', 'pageSize', 'colour']));
  expect(fieldCodes(res.body)).toContainEqual({ field: 'colour', code: 'unknown_field' });
});
