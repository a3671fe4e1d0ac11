/** R4/R10: a date promised in an acknowledgement is itself a watched deadline. */
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { addDays, localDate } from '../domain/calendar';
import * as actions from '../domain/actions';
import { INVALID_INPUT } from '../domain/refusals';
import { MANAGER, STAFF, mailsAbout, startHarness, writtenComplaint, type Harness } from './support/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

const today = async () => localDate((await h.now()).toISOString(), 'Europe/Amsterdam');

test('R10/R4: "we cannot answer in time" sends the way and date at once; missing that date reminds, then escalates exactly once', async () => {
  const email = 'r4-promise@example.nl';
  const ref = await h.file(writtenComplaint({ complainant: { name: 'Ruud Kok', email } }));
  const expectedBy = addDays(await today(), 20);
  const way = 'Wij vragen de betrokken therapeut om een toelichting en bespreken die daarna met u.';
  const state = await h.workflow(ref).executeUpdate(actions.updateOf('cannot-answer-in-time'), {
    args: [{ by: 'handler-2', way, expectedBy }],
  });
  expect(state.phase).toBe('acknowledged');
  expect(state.deadlines).toEqual([{ name: 'promise', due: expect.any(String), day: expectedBy }]);

  const [ack] = await h.smtp.waitFor(email, 1);
  expect(ack.subject).toBe(`Onze reactie op uw klacht volgt later (${ref})`);
  expect(ack.text).toContain(way);

  await h.env.sleep('19 days'); // the reminder goes two days before the promised date ends
  await h.smtp.waitFor(STAFF, 1);
  expect(mailsAbout(h, STAFF, ref).map((m) => m.subject)).toEqual([
    expect.stringContaining(`Herinnering: toegezegde reactie ${ref}`),
  ]);
  expect(mailsAbout(h, MANAGER, ref)).toHaveLength(0);

  await h.env.sleep('3 days'); // past the promised date
  await h.smtp.waitFor(MANAGER, 1);
  await h.smtp.waitFor(email, 2);
  await h.env.sleep('30 days');
  expect(mailsAbout(h, MANAGER, ref).map((m) => m.subject)).toEqual([
    `Escalatie: toegezegde termijn verstreken voor ${ref}`,
  ]);
  const progress = h.smtp.to(email).filter((m) => m.subject?.startsWith('Stand van zaken'));
  expect(progress).toHaveLength(1);
  expect(progress[0].text).toContain('voorgelegd aan een leidinggevende');
  expect((await h.status(ref)).escalatedAt).toBeDefined();

  // A new promise after the escalation is watched again.
  const renewed = await h.workflow(ref).executeUpdate(actions.updateOf('cannot-answer-in-time'), {
    args: [{ by: 'manager-1', way: 'De leidinggevende belt u deze week.', expectedBy: addDays(await today(), 5) }],
  });
  expect(renewed.escalatedAt).toBeUndefined();
  expect(renewed.acknowledgements).toHaveLength(2);
  await h.smtp.waitFor(email, 3);
});

test('R4: a reply before the promised date: no promise reminder after it, no escalation', async () => {
  const email = 'r4-kept@example.nl';
  const ref = await h.file(writtenComplaint({ complainant: { name: 'Ilse Dekker', email } }));
  await h.workflow(ref).executeUpdate(actions.updateOf('cannot-answer-in-time'), {
    args: [{ by: 'handler-2', way: 'Wij overleggen met de zorgverzekeraar.', expectedBy: addDays(await today(), 10) }],
  });
  await h.env.sleep('5 days');
  await h.workflow(ref).executeUpdate(actions.updateOf('reply-sent'), {
    args: [{ by: 'handler-2', channel: 'email', text: 'De zorgverzekeraar vergoedt de behandeling.' }],
  });
  await h.env.sleep('30 days');
  // Only the reminder to close the answered complaint (R6), nothing about the kept promise.
  expect(mailsAbout(h, STAFF, ref).map((m) => m.subject)).toEqual([`Herinnering: klacht ${ref} afsluiten`]);
  expect(mailsAbout(h, MANAGER, ref)).toHaveLength(0);
  expect(h.smtp.to(email).map((m) => m.subject)).toEqual([
    `Onze reactie op uw klacht volgt later (${ref})`,
    `Reactie op uw klacht (${ref})`,
  ]);
});

test('R10: a promised date that is not in the future is refused with the field and the reason', async () => {
  const ref = await h.file(writtenComplaint({ complainant: { name: 'Wim Brouwer', email: 'r10-past@example.nl' } }));
  const refused = await h
    .workflow(ref)
    .executeUpdate(actions.updateOf('cannot-answer-in-time'), {
      args: [{ by: 'handler-2', way: 'Onderzoek.', expectedBy: await today() }],
    })
    .catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(WorkflowUpdateFailedError);
  const cause = (refused as WorkflowUpdateFailedError).cause as ApplicationFailure;
  expect(cause.type).toBe(INVALID_INPUT);
  expect(cause.message).toBe('expectedBy: the expected date must lie after today');
  expect((await h.status(ref)).phase).toBe('in_handling');
});

test('R4: a withdrawn complaint stops all its deadlines; nothing is sent afterwards', async () => {
  const email = 'r4-withdrawn@example.nl';
  const ref = await h.file(writtenComplaint({ complainant: { name: 'Noor Bos', email } }));
  await h.workflow(ref).executeUpdate(actions.updateOf('withdraw'), {
    args: [{ by: 'intake', reason: 'Klager heeft het zelf opgelost' }],
  });
  const result = await h.workflow(ref).result();
  expect(result.phase).toBe('withdrawn');
  expect(result.deadlines).toEqual([]);
  await h.env.sleep('30 days');
  expect(h.smtp.to(email)).toHaveLength(0);
});

test('R5: messages go in English when the complainant asked for it', async () => {
  const email = 'r5-english@example.nl';
  await h.file(writtenComplaint({ complainant: { name: 'John Smith', email, language: 'en' } }));
  await h.env.sleep('14 days');
  const [ack] = await h.smtp.waitFor(email, 1);
  expect(ack.subject).toMatch(/^Our reply to your complaint will follow later \(KL-\d{4}-\d{5}\)$/);
  expect(ack.text).toContain('Dear John Smith,');
  expect(ack.text).toContain('Kind regards,\n\nBalans Borne');
});
