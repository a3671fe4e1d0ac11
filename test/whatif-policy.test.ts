/** Issue 22 item 1: a policy is the configuration's terms; a proposal sets some of them by their variables. */
import { DEFAULT_TERMS } from '../domain/terms';
import { parseOverrides, policyOf, PolicyError, proposalOf } from '../whatif/policy';

describe('issue 22: policies', () => {
  test('issue 22: the baseline is the configuration’s terms', () => {
    expect(policyOf({})).toEqual(DEFAULT_TERMS);
    expect(policyOf({ REPLY_TERM_DAYS: '21' }).replyTermDays).toBe(21);
  });

  test('issue 22: a proposal is the baseline with its settings parsed as at start-up', () => {
    const baseline = policyOf({ CALLBACK_DUE: '6h', REPLY_TERM_DAYS: '21', OPENING_HOURS: '08:00-16:00' });
    const proposal = proposalOf(
      baseline,
      parseOverrides([
        'REPLY_TERM_DAYS=14',
        'REPLY_TERM_IN_WORKING_DAYS=true',
        'CALLBACK_REMINDER_INTERVAL=2h',
        'WORKING_DAYS=1,2,3,4',
      ]),
    );
    // A setting given its default value still changes a baseline that differs from the default.
    expect(proposal).toEqual({
      ...baseline,
      replyTermDays: 14,
      replyTermInWorkingDays: true,
      callbackReminderIntervalMs: 2 * 60 * 60 * 1000,
      calendar: { ...baseline.calendar, workingDays: [1, 2, 3, 4] },
    });
    expect(baseline.calendar.workingDays).toEqual([1, 2, 3, 4, 5]);
  });

  test('issue 22: a setting outside the terms, or a value the parser refuses, names the setting', () => {
    expect(() => parseOverrides(['SMTP_URL=smtp://x'])).toThrow(
      expect.objectContaining({ code: 'unknown_setting', setting: 'SMTP_URL' }),
    );
    const bad = () => proposalOf(policyOf({}), parseOverrides(['REPLY_TERM_IN_WORKING_DAYS=yes']));
    expect(bad).toThrow(PolicyError);
    expect(bad).toThrow(expect.objectContaining({ code: 'invalid_setting', setting: 'REPLY_TERM_IN_WORKING_DAYS' }));
  });
});
