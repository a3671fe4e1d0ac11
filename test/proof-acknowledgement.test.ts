/**
 * R3/R10: the automatic acknowledgement is the procedure's own step at its own moment: sent at that
 * moment, it met its term (found by issue 22's what-if, where every automatic one counted as missed).
 */
import { deadlineProof, type RecordedStep } from '../api/complaints/proof';

const DAY = 24 * 60 * 60 * 1000;

test('R3/R10: the automatic acknowledgement sent when its moment comes meets its term; a reply at the end of its term does not', () => {
  const start = Date.now();
  const iso = (ms: number) => new Date(ms).toISOString();
  const ackDue = iso(start + 11 * DAY);
  const replyDue = iso(start + 14 * DAY);
  const promiseDue = iso(start + 42 * DAY);
  const steps: RecordedStep[] = [
    {
      id: 1,
      action: 'procedure_started',
      actor: 'system',
      at: iso(start),
      detail: {},
      deadlines: [
        { name: 'acknowledgement', due: ackDue },
        { name: 'reply', due: replyDue },
      ],
    },
    {
      id: 2,
      action: 'acknowledged',
      actor: 'system',
      at: iso(start + 11 * DAY + 7), // the timer's task runs a few milliseconds after its moment
      detail: { automatic: true },
      deadlines: [{ name: 'promise', due: promiseDue }],
    },
    { id: 3, action: 'reply_sent', actor: 'handler-1', at: promiseDue, detail: { channel: 'email' }, deadlines: [] },
  ];
  const proof = deadlineProof(steps, new Date(start + 60 * DAY));
  expect(proof.map((t) => [t.term, t.outcome])).toEqual([
    ['acknowledgement', 'met'],
    ['reply', 'met'],
    ['promise', 'missed'],
  ]);
});
