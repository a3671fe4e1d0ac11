/**
 * R8/R9/R10: what staff record is what the complainant got. A second reply or confirmation with other
 * content is refused (it would not be sent), the identical repeat stays harmless; nothing goes out that
 * cannot reach the complainant; a changed promise is announced as a new date.
 */
import { addDays } from '../domain/calendar';
import { oralComplaint, useHarness, writtenComplaint } from './support/harness';
import { fieldCodes } from './support/problems';

const h = useHarness();

async function file(body: Record<string, unknown>, role: 'intake' | 'representative' = 'intake'): Promise<string> {
  const res = await h.intake(body, role);
  expect(res.status).toBe(201);
  return res.body.complaint.reference;
}

test('R9: a second reply with different content is refused with 409 saying when the first went out; the identical repeat is harmless', async () => {
  const email = 'tweede-antwoord@example.nl';
  const ref = await file(writtenComplaint({ complainant: { name: 'Iris Mol', email } }));
  const first = { channel: 'email', text: 'Wij hebben de factuur gecrediteerd.' };
  expect((await h.act(ref, 'reply-sent', first, 'handler')).status).toBe(200);
  await h.smtp.waitFor(email, 1);

  const again = await h.act(ref, 'reply-sent', first, 'handler');
  expect(again.status).toBe(200);
  const corrected = await h.act(
    ref,
    'reply-sent',
    { channel: 'email', text: 'Correctie: u krijgt € 25 terug.' },
    'handler',
  );
  expect(corrected.status).toBe(409);
  expect(corrected.body.error).toMatch(/^the reply went out on \d{1,2} \w+ \d{4} at \d{2}:\d{2}/);
  const byLetter = await h.act(ref, 'reply-sent', { channel: 'elsewhere' }, 'handler');
  expect(byLetter.status).toBe(409);

  await h.env.sleep('1 hour');
  expect(h.smtp.to(email)).toHaveLength(1);
});

test('R8: a second written confirmation by another channel is refused with 409; the identical repeat is harmless', async () => {
  const email = 'tweede-bevestiging@example.nl';
  const ref = await file(
    oralComplaint({
      complainant: { name: 'Ali Demir', email, address: 'Marktstraat 3\n7622 CP Borne' },
      answeredAtOnce: { answer: 'Excuses; wij passen de openingstijden aan.' },
    }),
    'representative',
  );
  expect((await h.act(ref, 'written-confirmation', { channel: 'email' }, 'representative')).status).toBe(200);
  expect((await h.act(ref, 'written-confirmation', { channel: 'email' }, 'representative')).status).toBe(200);
  const byLetter = await h.act(ref, 'written-confirmation', { channel: 'letter' }, 'representative');
  expect(byLetter.status).toBe(409);
  expect(byLetter.body.error).toMatch(/^the written confirmation went out on /);
});

test('R3/R9: a written complaint that gives no e-mail and no postal address is refused at intake with 400', async () => {
  const before = await h.register.db.complaint.count();
  const res = await h.intake(writtenComplaint({ complainant: { name: 'Zonder Adres', phone: '074 000 0000' } }));
  expect(res.status).toBe(400);
  expect(fieldCodes(res.body)).toEqual([{ field: 'complainant', code: 'written_route' }]);
  expect(await h.register.db.complaint.count()).toBe(before);
});

test('R7: an oral complaint to call back that gives no phone, e-mail or address is refused at intake with 400; answered at once it needs none', async () => {
  const before = await h.register.db.complaint.count();
  const res = await h.intake(oralComplaint({ complainant: { name: 'Niet Bereikbaar' } }));
  expect(res.status).toBe(400);
  expect(fieldCodes(res.body)).toEqual([{ field: 'complainant', code: 'callback_route' }]);
  expect(await h.register.db.complaint.count()).toBe(before);

  const answered = await h.intake(
    oralComplaint({ complainant: { name: 'Niet Bereikbaar' }, answeredAtOnce: { answer: 'Direct opgelost.' } }),
    'representative',
  );
  expect(answered.status).toBe(201);
});

test('R8/R9: a reply or confirmation by letter needs a postal address: 409 with the reason, nothing queued', async () => {
  const ref = await file(writtenComplaint({ complainant: { name: 'Alleen Mail', email: 'alleen-mail@example.nl' } }));
  const reply = await h.act(ref, 'reply-sent', { channel: 'letter', text: 'Ons antwoord.' }, 'handler');
  expect(reply.status).toBe(409);
  expect(reply.body.error).toBe('the complainant has no postal address for a letter');

  const oral = await file(
    oralComplaint({
      complainant: { name: 'Alleen Telefoon', phone: '074 111 2222', email: 'telefoon@example.nl' },
      answeredAtOnce: { answer: 'Opgelost.' },
    }),
    'representative',
  );
  const confirmation = await h.act(oral, 'written-confirmation', { channel: 'letter' }, 'representative');
  expect(confirmation.status).toBe(409);
  expect(confirmation.body.error).toBe('the complainant has no postal address for a letter');
  const letters = await h.register.db.message.count({ where: { reference: { in: [ref, oral] }, channel: 'letter' } });
  expect(letters).toBe(0);
});

test('R3/R7: an oral complaint that needs further handling must have a way to answer in writing (409 otherwise)', async () => {
  const ref = await file(oralComplaint({ complainant: { name: 'Bel Mij', phone: '074 333 4444' } }));
  const res = await h.act(
    ref,
    'callback-done',
    { outcome: 'needs_handling', answer: 'Wij zoeken het uit.' },
    'representative',
  );
  expect(res.status).toBe(409);
  expect(res.body.error).toBe(
    'the complainant has no e-mail or postal address for the written answer; record one first, or resolve it on the phone',
  );
});

test('R4/R10: a changed promise is announced as a new date, not as a second receipt confirmation', async () => {
  const email = 'nieuwe-datum@example.nl';
  const ref = await file(writtenComplaint({ complainant: { name: 'Tom Bakker', email } }));
  const today = await h.today();
  await h.act(ref, 'cannot-answer-in-time', { way: 'Wij vragen advies.', expectedBy: addDays(today, 10) }, 'handler');
  const later = addDays(today, 20);
  const changed = await h.act(
    ref,
    'cannot-answer-in-time',
    { way: 'Het advies duurt langer.', expectedBy: later },
    'manager',
  );
  expect(changed.status).toBe(200);
  // Sent a moment apart, each on a connection of the mail pool: they may arrive in either order.
  const mails = await h.smtp.waitFor(email, 2);
  expect(mails.map((m) => m.subject).sort()).toEqual([
    `Nieuwe datum voor onze reactie op uw klacht (${ref})`,
    `Onze reactie op uw klacht volgt later (${ref})`,
  ]);
  const second = mails.find((m) => m.subject!.startsWith('Nieuwe datum'))!;
  expect(second.text).toContain('Het advies duurt langer.');
  expect(second.text).not.toContain('hebben wij uw klacht');
});

test('R10: a promised date beyond MAX_PROMISE_DAYS (default 90) is refused with 400 on expectedBy', async () => {
  const ref = await file(writtenComplaint());
  const res = await h.act(
    ref,
    'cannot-answer-in-time',
    { way: 'Wij vragen advies.', expectedBy: addDays(await h.today(), 91) },
    'handler',
  );
  expect(res.status).toBe(400);
  expect(fieldCodes(res.body)).toEqual([{ field: 'expectedBy', code: 'within_days' }]);
  expect((await h.status(ref)).phase).toBe('in_handling');
});
