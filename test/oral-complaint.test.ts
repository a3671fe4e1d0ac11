/** R7/R8: oral complaints are registered always, answered at once or called back, and confirmed in writing on request. */
import * as actions from '../domain/actions';
import { STAFF, mailsAbout, oralComplaint, startHarness, type Harness } from './support/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

test('R7/R8: answered at once by an authorised representative; the written confirmation on request arrives once, with the answer', async () => {
  const email = 'r8-confirm@example.nl';
  const answer = 'Wij bieden excuses aan; de teamleider spreekt de medewerker aan.';
  const ref = await h.file(
    oralComplaint({
      channel: 'in_person',
      complainant: { name: 'Fatima el Amrani', email },
      answeredAtOnce: { by: 'rep-annelies', answer },
    }),
  );
  const initial = await h.status(ref);
  expect(initial.phase).toBe('answered');
  expect(initial.oralAnswer).toMatchObject({ by: 'rep-annelies', answer });
  expect(initial.deadlines).toEqual([]);

  const request = { by: 'rep-annelies', channel: 'email' as const };
  await h.workflow(ref).executeUpdate(actions.updateOf('written-confirmation'), { args: [request] });
  await h.workflow(ref).executeUpdate(actions.updateOf('written-confirmation'), { args: [request] });
  const [confirmation] = await h.smtp.waitFor(email, 1);
  expect(confirmation.subject).toBe(`Schriftelijke bevestiging van ons antwoord op uw klacht (${ref})`);
  expect(confirmation.text).toContain(answer);

  await h.env.sleep('1 day');
  expect(h.smtp.to(email)).toHaveLength(1);
  const messages = await h.register.db.message.findMany({ where: { reference: ref } });
  expect(messages).toEqual([
    expect.objectContaining({ purpose: 'written_confirmation', status: 'sent', recipient: email }),
  ]);
  const registered = await h.register.db.complaintEvent.findFirstOrThrow({
    where: { reference: ref, action: 'registered' },
  });
  expect(registered.actor).toBe('intake');
});

test('R8: without an e-mail address the confirmation becomes a letter for staff to post, kept in the register', async () => {
  const ref = await h.file(
    oralComplaint({
      complainant: { name: 'Henk Willems', phone: '06 1234 5678', address: 'Azelosestraat 12\n7622 AB Borne' },
      answeredAtOnce: { by: 'rep-annelies', answer: 'De afspraak is verzet naar maandag.' },
    }),
  );
  await h
    .workflow(ref)
    .executeUpdate(actions.updateOf('written-confirmation'), { args: [{ by: 'rep-annelies', channel: 'letter' }] });
  await h.env.sleep('1 minute');
  const letter = await h.register.db.message.findFirstOrThrow({ where: { reference: ref } });
  expect(letter).toMatchObject({
    channel: 'letter',
    status: 'to_post',
    recipient: 'Henk Willems\nAzelosestraat 12\n7622 AB Borne',
  });
  expect(letter.body).toContain('De afspraak is verzet naar maandag.');
});

test('R7/R4: a callback not done in time reminds staff at every interval until it is done, then stops', async () => {
  const ref = await h.file(oralComplaint({ complainant: { name: 'Kees Jacobs', phone: '074 555 0000' } }));
  const { callbackDueAt, deadlines } = await h.status(ref);
  expect(deadlines).toEqual([{ name: 'callback', due: callbackDueAt }]);

  await h.env.sleep('3 hours');
  expect(mailsAbout(h, STAFF, ref)).toHaveLength(0);
  await h.env.sleep('6 hours'); // past the 4-hour due time and one 4-hour interval
  await h.smtp.waitFor(STAFF, 2);
  const reminders = mailsAbout(h, STAFF, ref);
  expect(reminders).toHaveLength(2);
  expect(reminders[0].subject).toBe(`Terugbellen te laat: ${ref}`);

  const state = await h.workflow(ref).executeUpdate(actions.updateOf('callback-done'), {
    args: [{ by: 'rep-bas', outcome: 'resolved', answer: 'Excuses aangeboden; nieuwe afspraak gemaakt.' }],
  });
  expect(state.phase).toBe('answered');
  expect(state.callbackRemindersSent).toBe(2);
  await h.env.sleep('1 day');
  expect(mailsAbout(h, STAFF, ref)).toHaveLength(2);
});

test('R7/R3: a callback that needs further handling runs under the 14-day rule, counted from receipt', async () => {
  const email = 'r7-further@example.nl';
  const ref = await h.file(oralComplaint({ complainant: { name: 'Lotte Vos', email } }));
  await h.env.sleep('2 hours');
  const state = await h.workflow(ref).executeUpdate(actions.updateOf('callback-done'), {
    args: [{ by: 'rep-bas', outcome: 'needs_handling', answer: 'Wij zoeken uit wat er is misgegaan.' }],
  });
  expect(state.phase).toBe('in_handling');
  expect(state.deadlines.map((d) => d.name)).toEqual(['acknowledgement', 'reply']);
  expect(Date.parse(state.replyDueAt!) - Date.parse(state.receivedAt)).toBeLessThanOrEqual(15 * 24 * 3600_000);

  await h.env.sleep(Date.parse(state.replyDueAt!) - (await h.now()).getTime() - 60_000);
  const [ack] = await h.smtp.waitFor(email, 1);
  expect(ack.subject).toBe(`Onze reactie op uw klacht volgt later (${ref})`);
});

test('R7: only an oral complaint can be answered at once (intake refuses it for a written one)', async () => {
  await expect(
    h.file(oralComplaint({ channel: 'letter', answeredAtOnce: { by: 'rep-annelies', answer: 'Opgelost.' } })),
  ).rejects.toThrow('only_oral'); // the problem code the intake form words per language
});
