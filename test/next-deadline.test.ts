/**
 * R4/R10: the one next deadline the inbox, its filter, its counts and the complaint page all show (issue 19
 * item 1). Pure: instants are data here, no clock.
 */
import type { Deadline } from '../domain/complaint';
import { nextDeadline } from '../domain/next-deadline';

const reply: Deadline = { name: 'reply', due: '2026-11-24T23:00:00.000Z', day: '2026-11-24' };
const promise: Deadline = { name: 'promise', due: '2026-12-22T23:00:00.000Z', day: '2026-12-22' };
const acknowledgement: Deadline = { name: 'acknowledgement', due: '2026-11-21T23:00:00.000Z' };

test('issue 19 item 1, R10: once a date was promised it is the next deadline, even when the lapsed reply term comes first', () => {
  expect(nextDeadline([reply, promise])).toBe(promise);
});

test("R3/R9: the automatic acknowledgement is the system's step; staff work to the reply term", () => {
  expect(nextDeadline([acknowledgement, reply])).toBe(reply);
  expect(nextDeadline([acknowledgement])).toBeUndefined();
});

test('R7: a callback is the next deadline while it runs; nothing running is no deadline', () => {
  const callback: Deadline = { name: 'callback', due: '2026-11-30T12:00:00.000Z' };
  expect(nextDeadline([reply, callback])).toBe(callback);
  expect(nextDeadline([])).toBeUndefined();
});
