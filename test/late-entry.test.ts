/**
 * R3/R9/R10 at their edge: a written complaint entered late — after its acknowledgement moment, or after
 * its whole term — never promises a date that has passed, and is never told "we missed our promise" in the
 * same breath as the acknowledgement. A term that had already ended is on record and before a manager.
 */
import { reprojectNextDeadlines } from '../api/complaints/next-deadlines';
import { addDays } from '../domain/calendar';
import { MANAGER, mailsAbout, useHarness, writtenComplaint } from './support/harness';

const h = useHarness();

/** The expected-by date written in a Dutch letter, e.g. "7 januari 2027". */
const dutchDate = (date: string) =>
  new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));

async function fileReceivedDaysAgo(days: number, email: string): Promise<string> {
  const receivedAt = addDays(await h.today(), -days);
  const res = await h.intake(
    writtenComplaint({ channel: 'letter', receivedAt, complainant: { name: 'Kees Laat', email } }),
  );
  expect(res.status).toBe(201);
  await h.env.sleep('1 minute'); // the workflow acts on what is already due
  return res.body.complaint.reference;
}

test('R3/R9/R10: entered 43 days after receipt, one acknowledgement goes out with a future date; no "missed promise" message', async () => {
  const email = 'laat-43@example.nl';
  const ref = await fileReceivedDaysAgo(43, email);
  const today = await h.today();

  const [ack] = await h.smtp.waitFor(email, 1);
  expect(ack.subject).toBe(`Wij hebben uw klacht ontvangen (${ref})`);
  const state = await h.status(ref);
  const promised = state.acknowledgements[0].expectedBy;
  // The minimum handling time (MINIMUM_HANDLING_DAYS, default 7) counts from the day of entry.
  expect(promised >= addDays(today, 7)).toBe(true);
  expect(ack.text).toContain(`uiterlijk op ${dutchDate(promised)}`);

  await h.env.sleep('1 day');
  expect(h.smtp.to(email).map((m) => m.subject)).toEqual([ack.subject]);
  expect(state.escalatedAt).toBeUndefined();
});

test('R3/R4/R10: a term that had already ended at entry is on record and a manager is told at once; the list works to the promised date, not the lapsed term (issue 19 item 1)', async () => {
  const email = 'laat-30@example.nl';
  const ref = await fileReceivedDaysAgo(30, email);

  const events = await h.register.db.complaintEvent.findMany({ where: { reference: ref } });
  expect(events.map((e) => e.action)).toContain('term_missed_at_entry');
  const [notice] = await h.smtp.waitFor(MANAGER, mailsAbout(h, MANAGER, ref).length || 1);
  expect(mailsAbout(h, MANAGER, ref).map((m) => m.subject)).toEqual([`Termijn al verstreken bij registratie: ${ref}`]);
  expect(notice).toBeDefined();

  const overdue = await h.get('/api/complaints?overdue=true&pageSize=100');
  expect(overdue.body.items.map((i: { reference: string }) => i.reference)).not.toContain(ref);
  const [promise] = (await h.status(ref)).deadlines.filter((d) => d.name === 'promise');
  const row = await h.register.db.complaint.findUnique({ where: { reference: ref } });
  expect(row?.nextDeadlineAt?.toISOString()).toBe(promise.due);

  // A row projected before: the lapsed reply term. At start the API projects it again from its step.
  const reply = (await h.status(ref)).deadlines.find((d) => d.name === 'reply')!;
  await h.register.db.complaint.update({ where: { reference: ref }, data: { nextDeadlineAt: new Date(reply.due) } });
  expect(await reprojectNextDeadlines(h.register.db)).toBe(1);
  const again = await h.register.db.complaint.findUniqueOrThrow({ where: { reference: ref } });
  expect(again.nextDeadlineAt?.toISOString()).toBe(promise.due);
  expect(await reprojectNextDeadlines(h.register.db)).toBe(0);
});

test('R3/R10: entered after the acknowledgement moment but within the term, it is acknowledged at once; no manager is bothered', async () => {
  const email = 'laat-12@example.nl';
  const ref = await fileReceivedDaysAgo(12, email);
  const [ack] = await h.smtp.waitFor(email, 1);
  expect(ack.subject).toBe(`Wij hebben uw klacht ontvangen (${ref})`);
  const state = await h.status(ref);
  expect(state.acknowledgements[0].automatic).toBe(true);
  expect(state.acknowledgements[0].expectedBy > (await h.today())).toBe(true);
  expect(mailsAbout(h, MANAGER, ref)).toHaveLength(0);
  const actions = (await h.register.db.complaintEvent.findMany({ where: { reference: ref } })).map((e) => e.action);
  expect(actions).not.toContain('term_missed_at_entry');
});

test('R2/R9: a receipt date older than MAX_RECEIPT_AGE (default 1 year) is refused with 400, nothing registered', async () => {
  const before = await h.register.db.complaint.count();
  const old = await h.intake(writtenComplaint({ receivedAt: addDays(await h.today(), -400) }));
  expect(old.status).toBe(400);
  expect(old.body.fields).toEqual([
    expect.objectContaining({ field: 'receivedAt', code: 'too_old', params: { days: 365 } }),
  ]);
  expect(await h.register.db.complaint.count()).toBe(before);
});
