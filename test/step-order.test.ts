/**
 * R4: the order of a complaint's steps (domain/step-order.ts). The workflow records its steps side by side,
 * so the register's row ids do not say which came first; of one moment, the workflow's step number does.
 */
import { inStepOrder, workflowStepKey, workflowStepNumber, type RecordedStep } from '../domain/step-order';

const at = new Date('2026-03-02T09:00:00Z');
const later = new Date(at.getTime() + 1);
const step = (id: number, key: string, moment = at): RecordedStep => ({ id, key, at: moment });
const keys = (steps: RecordedStep[]) => steps.sort(inStepOrder).map((s) => s.key);

test("R4: the workflow's step keys carry their number; a step the API recorded has none", () => {
  expect(workflowStepKey('KL-2026-00001', 12)).toBe('KL-2026-00001/event-12');
  expect(workflowStepNumber(workflowStepKey('KL-2026-00001', 12))).toBe(12);
  expect(workflowStepNumber('KL-2026-00001/letter-posted-4')).toBeUndefined();
  expect(workflowStepNumber('KL-2026-00001/note-web-abc')).toBeUndefined();
});

test("R4: steps of one moment in the workflow's order, whichever reached the register first", () => {
  // "callback done" (step 2) was received before "procedure started" (step 1), and step 10 before step 9.
  expect(keys([step(1, 'KL-1/event-2'), step(2, 'KL-1/event-1')])).toEqual(['KL-1/event-1', 'KL-1/event-2']);
  expect(keys([step(5, 'KL-1/event-10'), step(6, 'KL-1/event-9')])).toEqual(['KL-1/event-9', 'KL-1/event-10']);
});

test("R4: an earlier moment comes first, whatever the numbers; of one moment, steps the API recorded follow in the register's order", () => {
  expect(keys([step(1, 'KL-1/event-1', later), step(2, 'KL-1/event-2')])).toEqual(['KL-1/event-2', 'KL-1/event-1']);
  expect(keys([step(2, 'KL-1/note-b'), step(4, 'KL-1/event-3'), step(3, 'KL-1/note-a')])).toEqual([
    'KL-1/event-3',
    'KL-1/note-b',
    'KL-1/note-a',
  ]);
});
