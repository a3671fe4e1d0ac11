/**
 * R4: a complaint assigned to a staff account is that person's work. Its reminders reach them at the
 * address on their account (read when each is sent), escalations still reach a manager, and
 * `handler=me` shows them their own complaints.
 */
import request from 'supertest';
import { addDays } from '../domain/calendar';
import { MANAGER, STAFF, mailsAbout, oralComplaint, useHarness, writtenComplaint } from './support/harness';
import { fieldCodes } from './support/problems';

const h = useHarness();

/** An account made by the operator, with its token. */
async function account(id: string, email?: string): Promise<string> {
  const made = await h.post(
    '/api/staff',
    { id, name: id, roles: ['handler'], ...(email ? { email } : {}) },
    'operator',
  );
  expect(made.status).toBe(201);
  return made.body.token;
}

/** An oral complaint whose callback falls due CALLBACK_DUE (4 hours) from now, assigned to `handler`. */
async function callbackAssignedTo(handler: string, name: string): Promise<string> {
  const ref = (await h.intake(oralComplaint({ complainant: { name, phone: '074 123 0000' } }))).body.complaint
    .reference;
  await h.act(ref, 'assign', { handler }, 'intake').expect(200);
  return ref;
}

const overdue = (ref: string) => `Terugbellen te laat: ${ref}`;

test("R4: a reminder goes to the assigned account's e-mail address; the escalation still to a manager", async () => {
  const anna = 'anna@balansborne.test';
  await account('anna', anna);
  const ref = await callbackAssignedTo('anna', 'Els Terug');
  await h.env.sleep('30 days');
  await h.smtp.waitFor(anna, 3);
  expect(mailsAbout(h, anna, ref).map((m) => m.subject)).toEqual([overdue(ref), overdue(ref), overdue(ref)]);
  expect(mailsAbout(h, STAFF, ref)).toHaveLength(0);
  expect(mailsAbout(h, MANAGER, ref).map((m) => m.subject)).toEqual([`Escalatie: terugbellen blijft uit voor ${ref}`]);
  const sent = await h.register.db.message.findMany({ where: { reference: ref, purpose: 'callback_overdue' } });
  expect(sent.map((m) => m.recipient)).toEqual([anna, anna, anna]);
});

test("R4: a promise reminder goes to the assigned account's e-mail address, the missed date to a manager", async () => {
  const bas = 'bas@balansborne.test';
  await account('bas', bas);
  const ref = (await h.intake(writtenComplaint({ complainant: { name: 'Tom Toezeg', email: 'tom@example.nl' } }))).body
    .complaint.reference;
  await h.act(ref, 'assign', { handler: 'bas' }, 'intake').expect(200);
  const expectedBy = addDays(await h.today(), 20);
  await h.act(ref, 'cannot-answer-in-time', { way: 'Wij vragen advies.', expectedBy }, 'handler').expect(200);
  await h.env.sleep('19 days'); // PROMISE_REMINDER_LEAD (2 days) before the promised date ends
  await h.smtp.waitFor(bas, 1);
  expect(mailsAbout(h, bas, ref).map((m) => m.subject)).toEqual([
    expect.stringContaining(`Herinnering: toegezegde reactie ${ref}`),
  ]);
  await h.env.sleep('3 days');
  await h.smtp.waitFor(MANAGER, 1);
  expect(mailsAbout(h, MANAGER, ref).map((m) => m.subject)).toEqual([
    `Escalatie: toegezegde termijn verstreken voor ${ref}`,
  ]);
  expect(mailsAbout(h, bas, ref)).toHaveLength(1);
  expect(mailsAbout(h, STAFF, ref)).toHaveLength(0);
});

test("R4: a changed e-mail address takes effect at the account's next reminder", async () => {
  const [before, after] = ['bram@oud.balansborne.test', 'bram@nieuw.balansborne.test'];
  await account('bram', before);
  const ref = await callbackAssignedTo('bram', 'Kees Wissel');
  await h.env.sleep('5 hours'); // the first reminder, at the callback's due moment
  await h.smtp.waitFor(before, 1);
  await request(h.app).patch('/api/staff/bram').set(h.as('operator')).send({ email: after }).expect(200);
  await h.env.sleep('4 hours'); // the second, CALLBACK_REMINDER_INTERVAL later
  await h.smtp.waitFor(after, 1);
  expect(mailsAbout(h, before, ref).map((m) => m.subject)).toEqual([overdue(ref)]);
  expect(mailsAbout(h, after, ref).map((m) => m.subject)).toEqual([overdue(ref)]);
});

test('R4: a handler named by e-mail address (someone without an account) gets the reminders at that address', async () => {
  const outside = 'extern@partner.example.nl';
  const ref = await callbackAssignedTo('Extern@Partner.example.nl', 'Lies Buiten');
  await h.env.sleep('5 hours');
  await h.smtp.waitFor(outside, 1);
  expect(mailsAbout(h, outside, ref).map((m) => m.subject)).toEqual([overdue(ref)]);
  expect(mailsAbout(h, STAFF, ref)).toHaveLength(0);
});

test('R4: an account without an e-mail address, or one disabled after it was assigned: reminders go to the shared desk', async () => {
  const gone = 'vertrokken@balansborne.test';
  await account('vertrokken', gone);
  const withoutAddress = await callbackAssignedTo('handler-1', 'Piet Zonder');
  // Assigned while the account could handle (a disabled one cannot be chosen), disabled since.
  const disabled = await callbackAssignedTo('vertrokken', 'Rosa Weg');
  await h.post('/api/staff/vertrokken/disable', {}, 'operator').expect(200);
  // A disabled account is no longer offered, nor taken, as a handler.
  const refused = await h.act(disabled, 'assign', { handler: 'vertrokken' }, 'intake').expect(400);
  expect(fieldCodes(refused.body)).toEqual([{ field: 'handler', code: 'not_handler' }]);
  await h.env.sleep('5 hours');
  await h.smtp.waitFor(STAFF, 1);
  for (const ref of [withoutAddress, disabled]) {
    expect(mailsAbout(h, STAFF, ref).map((m) => m.subject)).toEqual([overdue(ref)]);
  }
  // The account's person got the link to choose a password when it was made; no reminder since.
  expect(h.smtp.to(gone).filter((m) => !m.subject?.startsWith('Wachtwoord'))).toHaveLength(0);
});

test("R4: handler=me lists the caller's own complaints: assigned to their login name or their account's address", async () => {
  const token = await account('lotte', 'lotte@balansborne.test');
  const file = async (handler: string) => {
    const ref = (await h.intake(writtenComplaint())).body.complaint.reference;
    await h.act(ref, 'assign', { handler }, 'intake').expect(200);
    return ref;
  };
  const byLogin = await file('lotte');
  const byAddress = await file('lotte@balansborne.test');
  const someoneElse = await file('handler-1');
  const list = async (query: string, authorization = `Bearer ${token}`) => {
    const res = await request(h.app).get(`/api/complaints?${query}`).set('Authorization', authorization);
    expect(res.status).toBe(200);
    return res.body.items.map((c: { reference: string }) => c.reference).sort();
  };
  expect(await list('handler=me')).toEqual([byLogin, byAddress].sort());
  expect(await list('handler=me&sort=receivedAt')).toEqual([byLogin, byAddress].sort());
  // Another's own list, and the filters by one login name or one address, exactly as assigned.
  const theirs = await list('handler=me', h.as('handler').Authorization);
  expect(theirs).toContain(someoneElse);
  expect(theirs).not.toContain(byLogin);
  expect(await list('handler=lotte')).toEqual([byLogin]);
  expect(await list('handler=lotte@balansborne.test')).toEqual([byAddress]);
});
