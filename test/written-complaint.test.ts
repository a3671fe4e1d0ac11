/** R9/R10/R3: a written complaint gets its reply, or an acknowledgement, within 14 days of receipt. */
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import * as actions from '../domain/actions';
import { shiftIso } from '../domain/calendar';
import { INVALID_STATE } from '../domain/refusals';
import { acknowledgementDue } from '../workflows/state';
import { startHarness, writtenComplaint, type Harness } from './support/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

/** Moves the test server's clock to just before `iso`. */
async function sleepUntilJustBefore(iso: string, marginMs = 60_000): Promise<void> {
  const ms = Date.parse(iso) - marginMs - (await h.now()).getTime();
  if (ms > 0) await h.env.sleep(ms);
}

function complainantMails(address: string, subjectPart: string) {
  return h.smtp.to(address).filter((m) => m.subject?.includes(subjectPart));
}

test('R9: a reply sent on day 10 stops the clock: no acknowledgement, the reply reaches the complainant', async () => {
  const email = 'r9-in-time@example.nl';
  const ref = await h.file(writtenComplaint({ complainant: { name: 'Anna de Vries', email } }));
  // Day 10, or just before the acknowledgement when holidays bring it forward (Easter: Good Friday to
  // Monday closed, the letter is made earlier so that it can be posted on a working day).
  const day10 = shiftIso((await h.now()).toISOString(), 10 * 86_400_000);
  const { replyDueAt } = await h.status(ref);
  const acknowledgementAt = acknowledgementDue({ replyDueAt }, h.config.terms)!;
  await sleepUntilJustBefore(acknowledgementAt < day10 ? acknowledgementAt : day10);
  const state = await h.workflow(ref).executeUpdate(actions.updateOf('reply-sent'), {
    args: [{ by: 'handler-1', channel: 'email', text: 'Wij hebben de dubbele factuur gecrediteerd.' }],
  });
  expect(state.phase).toBe('answered');
  const [reply] = await h.smtp.waitFor(email, 1);
  expect(reply.subject).toBe(`Reactie op uw klacht (${ref})`);
  expect(reply.text).toContain('Wij hebben de dubbele factuur gecrediteerd.');

  await h.env.sleep('10 days'); // well past day 14
  expect(complainantMails(email, 'volgt later')).toHaveLength(0);
  expect((await h.status(ref)).acknowledgements).toHaveLength(0);
});

test('R3/R10: without a reply the acknowledgement, with way and expected duration, arrives before day 14 ends', async () => {
  const email = 'r10-no-reply@example.nl';
  const ref = await h.file(writtenComplaint({ complainant: { name: 'Piet Bakker', email } }));
  const { replyDueAt } = await h.status(ref);
  await sleepUntilJustBefore(replyDueAt!);

  const [ack] = await h.smtp.waitFor(email, 1);
  expect(ack.subject).toBe(`Onze reactie op uw klacht volgt later (${ref})`);
  expect(ack.text).toContain('Beste Piet Bakker,');
  expect(ack.text).toContain('Een medewerker onderzoekt uw klacht'); // the way of handling
  expect(ack.text).toMatch(/uiterlijk op \d{1,2} \w+ \d{4} onze officiële reactie/); // its expected duration
  expect(ack.text).toContain('Balans Borne');

  const state = await h.status(ref);
  expect(state.phase).toBe('acknowledged');
  expect(state.acknowledgements).toEqual([expect.objectContaining({ automatic: true, by: 'system' })]);
  expect(state.deadlines.map((d) => d.name)).toEqual(['promise']);
  const message = await h.register.db.message.findFirstOrThrow({
    where: { reference: ref, purpose: 'acknowledgement' },
  });
  expect(message).toMatchObject({ status: 'sent', channel: 'email', recipient: email });
});

test('R9/R10: a reply on day 13 follows the automatic acknowledgement sent at the lead time; each goes out once', async () => {
  const email = 'r9-day13@example.nl';
  const ref = await h.file(writtenComplaint({ complainant: { name: 'Karin Smit', email } }));
  await h.env.sleep('13 days');
  await h.smtp.waitFor(email, 1);
  expect(complainantMails(email, 'volgt later')).toHaveLength(1);

  await h.workflow(ref).executeUpdate(actions.updateOf('reply-sent'), {
    args: [{ by: 'handler-1', channel: 'email', text: 'Onze excuses; de factuur is aangepast.' }],
  });
  await h.smtp.waitFor(email, 2);
  await h.env.sleep('60 days'); // past the promised date: answered complaints are not escalated
  expect(complainantMails(email, 'Reactie op uw klacht')).toHaveLength(1);
  expect(complainantMails(email, 'Stand van zaken')).toHaveLength(0);
  expect((await h.status(ref)).phase).toBe('answered');
});

test('R9: a letter received 12 days before it was entered is acknowledged at once', async () => {
  const email = 'r9-late-entry@example.nl';
  const received = new Date((await h.now()).getTime() - 12 * 24 * 3600_000);
  const ref = await h.file(
    writtenComplaint({
      channel: 'letter',
      receivedAt: received.toISOString(),
      complainant: { name: 'Joke Mulder', email },
    }),
  );
  const [ack] = await h.smtp.waitFor(email, 1);
  // Its one message at entry is a receipt with the date (issue 19 item 9), not an R10 notice.
  expect(ack.subject).toBe(`Wij hebben uw klacht ontvangen (${ref})`);
  const state = await h.status(ref);
  expect(state.receivedAt).toBe(received.toISOString());
  expect(state.phase).toBe('acknowledged');
});

test('R9: a second "reply sent" sends nothing twice', async () => {
  const email = 'r9-duplicate@example.nl';
  const ref = await h.file(writtenComplaint({ complainant: { name: 'Sanne Peters', email } }));
  const reply = { by: 'handler-1', channel: 'email' as const, text: 'Hierbij ons antwoord.' };
  const first = await h.workflow(ref).executeUpdate(actions.updateOf('reply-sent'), { args: [reply] });
  const second = await h.workflow(ref).executeUpdate(actions.updateOf('reply-sent'), { args: [reply] });
  expect(second).toEqual(first);
  await h.smtp.waitFor(email, 1);
  await h.env.sleep('1 day');
  expect(h.smtp.to(email)).toHaveLength(1);
  expect(await h.register.db.complaintEvent.count({ where: { reference: ref, action: 'reply_sent' } })).toBe(1);
});

test('R5/R6: closing before any answer is refused with the reason; closing records resolution, repair, category and cause', async () => {
  const ref = await h.file(writtenComplaint({ complainant: { name: 'Tom Hendriks', email: 'r6-close@example.nl' } }));
  const closing = {
    by: 'handler-1',
    resolution: 'Factuur gecrediteerd',
    correctiveAction: 'Dubbele boekingen worden voortaan automatisch gesignaleerd',
    category: 'facturatie',
    cause: 'dubbele boeking',
  };
  const refused = await h
    .workflow(ref)
    .executeUpdate(actions.updateOf('close'), { args: [closing] })
    .catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(WorkflowUpdateFailedError);
  const cause = (refused as WorkflowUpdateFailedError).cause;
  expect(cause).toBeInstanceOf(ApplicationFailure);
  expect((cause as ApplicationFailure).type).toBe(INVALID_STATE);
  expect((cause as ApplicationFailure).message).toBe('closing is not possible while the complaint is in_handling');

  await h
    .workflow(ref)
    .executeUpdate(actions.updateOf('reply-sent'), { args: [{ by: 'handler-1', channel: 'elsewhere' }] });
  await h.workflow(ref).executeUpdate(actions.updateOf('close'), { args: [closing] });
  const result = await h.workflow(ref).result();
  expect(result.phase).toBe('closed');
  expect(result.closure).toMatchObject(closing);
  const row = await h.register.db.complaint.findUniqueOrThrow({ where: { reference: ref } });
  expect(row.status).toBe('closed');
  const closed = await h.register.db.complaintEvent.findFirstOrThrow({ where: { reference: ref, action: 'closed' } });
  expect(JSON.parse(closed.detail)).toMatchObject({
    correctiveAction: closing.correctiveAction,
    category: 'facturatie',
    cause: 'dubbele boeking',
  });
});
