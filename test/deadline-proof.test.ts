/**
 * R4 (and what auditors ask for): the deadline proof of a complaint, built from the register alone:
 * every term, when it was due, and when and how it was met or missed, with the events that show it.
 */
import { addDays } from '../domain/calendar';
import { useHarness, writtenComplaint, oralComplaint } from './support/harness';
import { until } from './support/browser';

const h = useHarness();

interface Term {
  term: string;
  rule: string;
  due: string;
  day?: string;
  outcome: string;
  how: string;
  evidence: { action: string }[];
}

const proofOf = async (ref: string): Promise<Term[]> => (await h.get(`/api/complaints/${ref}/proof`)).body.terms;

test('R9/R3: a complaint replied to in time: the reply term met by the reply; the acknowledgement not needed', async () => {
  const ref = (await h.intake(writtenComplaint())).body.complaint.reference;
  await h.env.sleep('2 days');
  await h.act(ref, 'reply-sent', { channel: 'email', text: 'Ons antwoord.' }, 'handler').expect(200);
  const terms = await proofOf(ref);
  expect(terms).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ term: 'reply', rule: 'R9', outcome: 'met', how: 'reply sent (email)' }),
      expect.objectContaining({ term: 'acknowledgement', outcome: 'not_needed' }),
    ]),
  );
});

test('R4/R10: a missed promise shows as missed, with its reminder and its escalation as evidence', async () => {
  const ref = (await h.intake(writtenComplaint())).body.complaint.reference;
  const expectedBy = addDays(await h.today(), 5);
  await h.act(ref, 'cannot-answer-in-time', { way: 'Wij vragen advies.', expectedBy }, 'handler').expect(200);
  await h.env.sleep('7 days');
  const promise = (await proofOf(ref)).find((t) => t.term === 'promise')!;
  expect(promise).toMatchObject({ rule: 'R4/R10', day: expectedBy, outcome: 'missed' });
  expect(promise.evidence.map((e) => e.action)).toEqual(['acknowledged', 'promise_reminder', 'escalated']);
  const reply = (await proofOf(ref)).find((t) => t.term === 'reply')!;
  expect(reply).toMatchObject({ outcome: 'met', how: 'acknowledged by staff' });

  await h.act(ref, 'reply-sent', { channel: 'elsewhere' }, 'handler').expect(200);
  const after = (await proofOf(ref)).find((t) => t.term === 'promise')!;
  expect(after).toMatchObject({ outcome: 'missed', how: 'reply sent (elsewhere), after the term' });
});

test('R7: a callback made late is missed, with its reminders', async () => {
  const ref = (await h.intake(oralComplaint())).body.complaint.reference;
  await h.env.sleep('9 hours');
  await h.act(ref, 'callback-done', { outcome: 'resolved', answer: 'Opgelost.' }, 'representative').expect(200);
  const callback = (await proofOf(ref)).find((t) => t.term === 'callback')!;
  expect(callback).toMatchObject({ rule: 'R7', outcome: 'missed', how: 'called back (resolved), after the term' });
  expect(callback.evidence.map((e) => e.action)).toEqual([
    'procedure_started',
    'callback_overdue',
    'callback_overdue',
    'callback_done',
  ]);
});

test('R3/R9: a complaint entered after its term: every term missed, the reason on record', async () => {
  const receivedAt = addDays(await h.today(), -20);
  const ref = (await h.intake(writtenComplaint({ receivedAt }))).body.complaint.reference;
  await h.env.sleep('1 minute');
  const terms = await proofOf(ref);
  expect(terms.find((t) => t.term === 'reply')).toMatchObject({ outcome: 'missed' });
  expect(terms.find((t) => t.term === 'reply')!.evidence.map((e) => e.action)).toContain('term_missed_at_entry');
  expect(terms.find((t) => t.term === 'promise')).toMatchObject({ outcome: 'running' });
});

test('R9 (issue 19 item 2): a reply by letter meets the term when it is posted; until then the proof and the report wait for the posting', async () => {
  const received = await h.today();
  const ref = (await h.intake(writtenComplaint())).body.complaint.reference;
  await h.env.sleep('2 days');
  const replyTerm = async () => {
    const period = `from=${received}&to=${received}`;
    const { current } = (await h.get(`/api/reports/summary?${period}`, 'manager').expect(200)).body;
    return current.timeliness.reply as { inTime: number; pending: number };
  };
  await h.act(ref, 'reply-sent', { channel: 'letter', text: 'Ons antwoord per brief.' }, 'handler').expect(200);
  const letter = await until(() =>
    h.register.db.message.findFirst({ where: { reference: ref, purpose: 'reply', status: 'to_post' } }),
  );
  const waiting = (await proofOf(ref)).find((t) => t.term === 'reply')!;
  expect(waiting).toMatchObject({ rule: 'R9', outcome: 'awaiting_posting' });
  const before = await replyTerm();

  await h.post(`/api/complaints/${ref}/messages/${letter.id}/posted`, {}, 'intake').expect(200);
  const met = (await proofOf(ref)).find((t) => t.term === 'reply')!;
  expect(met).toMatchObject({ outcome: 'met', how: 'reply letter posted' });
  expect(met.evidence.map((e) => e.action).slice(-2)).toEqual(['reply_sent', 'letter_posted']);
  expect(await replyTerm()).toMatchObject({ inTime: before.inTime + 1, pending: before.pending - 1 });
});
