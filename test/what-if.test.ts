/**
 * Issue 22: a hand-built period replayed under today's terms and under a shorter reply term. Under the
 * harness's terms (calendar days, promises on any day) a written complaint received on day D is
 * acknowledged automatically three days before its term ends, promising D + term + 28 days:
 * D+42 under 14 days, D+38 under 10. A reply on day 40 keeps the first promise and breaks the second.
 */
import { addDays } from '../domain/calendar';
import { BUNDLE_PATH } from './support/paths';
import { at, nextDay } from './support/moments';
import { oralComplaint, useHarness, writtenComplaint } from './support/harness';
import { advanceClock } from '../whatif/timeline';
import { whatIf } from '../whatif/what-if';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const CLOSE = { resolution: 'Opgelost', category: 'facturatie', cause: 'dubbel' };

// Its baseline is the harness's terms: calendar days, promises on any day (test/support/harness.ts).
const h = useHarness({ WORKFLOW_BUNDLE: BUNDLE_PATH });

test('R6/issue 22: a shorter reply term turns the promise kept by a reply on day 40 into a miss, and nothing else; the baseline reproduces the register', async () => {
  const day = nextDay(new Date((await h.now()).getTime() + HOUR), () => true, '10:00').date;
  const arrival = Date.parse(at(day, '10:00'));
  await h.sleepUntil(at(day, '10:00'));

  const replyOnDay = { early: 5, onTwelve: 12, forty: 40, late: 45 } as const;
  const refs: Record<string, string> = {};
  // All received at the same moment, however long filing them takes.
  const receivedAt = at(day, '10:00');
  for (const name of Object.keys(replyOnDay)) refs[name] = await h.file(writtenComplaint({ receivedAt }));
  refs.oral = await h.file(oralComplaint({ receivedAt }));

  type Act = {
    after: number;
    ref: string;
    action: string;
    body: Record<string, unknown>;
    role: 'handler' | 'representative';
  };
  const acts: Act[] = [
    {
      after: 2 * HOUR,
      ref: refs.oral,
      action: 'callback-done',
      body: { outcome: 'needs_handling', answer: 'Wij zoeken het uit.' },
      role: 'representative',
    },
    {
      after: 5 * DAY,
      ref: refs.oral,
      action: 'reply-sent',
      body: { channel: 'email', text: 'Ons antwoord.' },
      role: 'handler',
    },
    { after: 6 * DAY, ref: refs.oral, action: 'close', body: CLOSE, role: 'handler' },
  ];
  for (const [name, n] of Object.entries(replyOnDay)) {
    acts.push(
      {
        after: n * DAY,
        ref: refs[name],
        action: 'reply-sent',
        body: { channel: 'email', text: 'Ons antwoord.' },
        role: 'handler',
      },
      { after: (n + 1) * DAY, ref: refs[name], action: 'close', body: CLOSE, role: 'handler' },
    );
  }
  for (const a of acts.sort((x, y) => x.after - y.after)) {
    await advanceClock(h.env, arrival + a.after); // two steps may share a moment
    expect((await h.act(a.ref, a.action, a.body, a.role)).status).toBe(200);
  }
  await h.env.sleep(10 * DAY);

  const report = await whatIf(h.register.db, {
    period: { from: day, to: day },
    baseline: h.config.terms,
    overrides: { REPLY_TERM_DAYS: '10' },
    now: await h.now(),
    workflowBundle: { codePath: BUNDLE_PATH },
  });

  // The baseline replay ends every term as the register says it ended.
  expect(report.faithfulness).toEqual({ reproduced: 5, of: 5, differing: [] });
  // Only the reply on day 40 changes: it kept D+42, it breaks D+38.
  expect(report.changed).toEqual([{ reference: refs.forty, baseline: 'met', proposal: 'missed R4/R10' }]);
  expect(report.baseline.promisesMade).toBe(3);
  expect([report.baseline.promisesMissed, report.proposal.promisesMissed]).toEqual([1, 2]);
  expect([report.baseline.escalations, report.proposal.escalations]).toEqual([1, 2]);
  expect(report.baseline.terms['R7']).toEqual({ met: 1, missed: 0, other: 0 });
  expect(report.proposal.terms['R9']).toEqual(report.baseline.terms['R9']);
  // The desk's work falls due in the weeks of the terms that moved.
  const weeks = (f: typeof report.baseline) => Object.values(f.workload).reduce((a, b) => a + b, 0);
  expect(weeks(report.proposal)).toBe(weeks(report.baseline));

  // The same answer for a manager over HTTP.
  const query = `from=${day}&to=${day}&set=REPLY_TERM_DAYS=10`;
  const [res, same] = await Promise.all([
    h.get(`/api/reports/what-if?${query}`, 'manager'),
    h.get(`/api/reports/what-if?${query}`, 'manager'),
  ]);
  // The same request twice at once joins one workflow run: no 429, the same answer, and POST finds that run done.
  expect(same.status).toBe(200);
  expect(same.body).toEqual(res.body);
  const run = await h.post('/api/reports/what-if', { from: day, to: day, set: 'REPLY_TERM_DAYS=10' }, 'manager');
  expect((await h.get(run.headers.location, 'manager').expect(200)).body).toEqual({ status: 'done', ...res.body });
  expect(res.status).toBe(200);
  expect(res.body.changed).toEqual(report.changed);
  expect(res.body.faithfulness.reproduced).toBe(5);
  const csv = await h.get(`/api/reports/what-if.csv?${query}`, 'manager').expect(200);
  expect(csv.type).toBe('text/csv');
  expect(csv.text).toContain(`outcome changes,${refs.forty},met,missed R4/R10\r\n`);
  expect(csv.text).toContain('faithfulness,complaints reproduced,5,5\r\n');
});

test('R6/issue 22: GET /api/reports/what-if is for managers, and names a setting it cannot take', async () => {
  const day = await h.today();
  await h.get(`/api/reports/what-if?from=${day}&to=${day}`, 'handler').expect(403);
  const unknown = await h.get(`/api/reports/what-if?from=${day}&to=${day}&set=SMTP_URL=x`, 'manager').expect(400);
  expect(unknown.body.fields).toEqual([expect.objectContaining({ field: 'set', code: 'choose' })]);
  const bad = await h.get(`/api/reports/what-if?from=${day}&to=${day}&set=REPLY_TERM_DAYS=soon`, 'manager').expect(400);
  expect(bad.body.fields).toEqual([expect.objectContaining({ field: 'set', code: 'invalid' })]);
  const staff = await h.get(`/api/reports/what-if?from=${day}&to=${day}&staff=sometimes`, 'manager').expect(400);
  expect(staff.body.fields).toEqual([expect.objectContaining({ field: 'staff', code: 'choose' })]);
  const backwards = await h.get(`/api/reports/what-if?from=${day}&to=${addDays(day, -1)}`, 'manager').expect(400);
  expect(backwards.body.fields).toEqual([expect.objectContaining({ field: 'from', code: 'after_end' })]);
});
