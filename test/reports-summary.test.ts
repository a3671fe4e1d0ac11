/**
 * R6: complaints are a source of information — GET /api/reports/summary shows volume, causes,
 * timeliness and trends, each beside the period before. The register is filled with complaints whose
 * facts and outcomes are known (written straight into it, as their workflows would have left them), and
 * every figure is checked against a count made by hand (the table in support/report-fixture.ts, period
 * 2026-04-01 … 2026-11-30 against 2025-08-01 … 2026-03-31); a few complaints go through the real API and
 * workflow to show that the register's facts are the ones the figures read.
 */
import request from 'supertest';
import { createApp } from '../api/app';
import { addDays } from '../domain/calendar';
import { todayIn } from '../domain/report-period';
import { oralComplaint, useHarness, writtenComplaint } from './support/harness';
import { nextDayOfMonth } from './support/moments';
import { insertComplaint } from './support/register-rows';
import { fillReportFixture, MEASURED_AT } from './support/report-fixture';
import { fieldCodes } from './support/problems';

const h = useHarness();
const PERIOD = 'from=2026-04-01&to=2026-11-30';
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  // The figures are measured at a fixed moment, whatever day the tests run on.
  app = createApp({
    db: h.register.db,
    client: h.env.client,
    config: h.config,
    keys: h.keys,
    mailer: h.mailer,
    clock: async () => MEASURED_AT,
  });
  await fillReportFixture(h.register.db);
});

const summary = async (query = PERIOD) =>
  (await request(app).get(`/api/reports/summary?${query}`).set(h.as('manager')).expect(200)).body;
const none = { other: { count: 0, values: 0 } };
const outcome = (inTime: number, late: number, pending: number, notNeeded: number) => ({
  inTime,
  late,
  pending,
  notNeeded,
  share: inTime + late ? inTime / (inTime + late) : null,
});

test("R6: volume — total, per local month (a complaint at 22:30Z on 31 March is April's, at 23:30Z on 31 October November's), per channel, service, category and cause", async () => {
  const { current, previous } = await summary();
  expect(current.period).toEqual({ from: '2026-04-01', to: '2026-11-30' });
  expect(current.volume).toEqual({
    total: 12,
    perMonth: [
      { month: '2026-04', count: 2 },
      { month: '2026-05', count: 0 },
      { month: '2026-06', count: 1 },
      { month: '2026-07', count: 1 },
      { month: '2026-08', count: 1 },
      { month: '2026-09', count: 1 },
      { month: '2026-10', count: 1 },
      { month: '2026-11', count: 5 },
    ],
    perChannel: {
      top: [
        { value: 'email', count: 8 },
        { value: 'phone', count: 2 },
        { value: 'letter', count: 1 },
        { value: 'web', count: 1 },
      ],
      ...none,
      notRecorded: 0,
    },
    // "Facturatie" and "facturatie " are one service, shown as first written.
    perService: {
      top: [
        { value: 'Balie', count: 2 },
        { value: 'Facturatie', count: 2 },
        { value: 'post', count: 1 },
      ],
      ...none,
      notRecorded: 7,
    },
    perCategory: {
      top: [
        { value: 'Bejegening', count: 2 },
        { value: 'facturatie', count: 2 },
      ],
      ...none,
      notRecorded: 8,
    },
    perCause: {
      top: [
        { value: 'Onvriendelijk, "kortaf"\naan de telefoon', count: 1 },
        { value: 'dubbele boeking', count: 1 },
        { value: 'tarief', count: 1 },
        { value: 'wachttijd', count: 1 },
      ],
      ...none,
      notRecorded: 8,
    },
  });
  expect(previous.period).toEqual({ from: '2025-08-01', to: '2026-03-31' });
  expect(previous.volume.total).toBe(3);
  expect(previous.volume.perMonth.map((m: { count: number }) => m.count)).toEqual([0, 0, 0, 0, 1, 0, 0, 2]);
  expect(previous.volume.perMonth.map((m: { month: string }) => m.month)[7]).toBe('2026-03');
  expect(previous.volume.perCause.top).toEqual([
    { value: 'Dubbele boeking', count: 1 },
    { value: 'tarief', count: 1 },
    { value: 'wachttijd', count: 1 },
  ]);
});

test('R6/R9/R3/R7/R10: timeliness — replies and acknowledgements within the term, acknowledgements sent in time, promises kept, callbacks in time, days to reply, terms missed at entry', async () => {
  const { current, previous } = await summary();
  expect(current.timeliness).toEqual({
    reply: outcome(7, 1, 1, 2), // late: G; pending: H; not needed: F and P, withdrawn before their term ended
    acknowledgement: outcome(2, 1, 0, 0), // C's letter and B's mail in time, G's after its term
    promises: { made: 5, kept: 1, missed: 2, replaced: 1, pending: 1, share: 1 / 3 }, // C kept; G's second and B missed; G's first replaced; N runs
    callback: outcome(1, 1, 0, 0), // D in time, E late
    replyDays: { replies: 5, median: 6, p90: 20 }, // 3, 5, 6, 7, 20 days
    termMissedAtEntry: 1,
  });
  expect(previous.timeliness).toEqual({
    reply: outcome(2, 0, 0, 0),
    acknowledgement: outcome(0, 0, 0, 0),
    promises: { made: 0, kept: 0, missed: 0, replaced: 0, pending: 0, share: null },
    callback: outcome(1, 0, 0, 0),
    replyDays: { replies: 2, median: 0.4, p90: 5 }, // 10.5 hours and 5 days
    termMissedAtEntry: 0,
  });
});

test('R4/R6: the open backlog by age as the period ended — closed or withdrawn later still counts as open then', async () => {
  const { current, previous } = await summary();
  expect(current.backlog).toEqual({
    asOf: '2026-11-30T23:00:00.000Z',
    asOfDate: '2026-11-30',
    total: 8,
    byAge: [
      { age: '0-7', count: 2 }, // P (withdrawn 2 Dec), H
      { age: '8-14', count: 1 }, // I
      { age: '15-28', count: 1 }, // N, 28 days
      { age: '29-56', count: 2 }, // B (29 days), O (56 days, closed 3 Dec)
      { age: '>56', count: 2 }, // E, G
    ],
  });
  expect(previous.backlog).toMatchObject({
    asOf: '2026-03-31T22:00:00.000Z',
    total: 1,
    byAge: [{ age: '0-7', count: 1 }, {}, {}, {}, {}],
  });
});

test('R5/R6: corrective actions taken in the period, the most recent first; satisfaction answers, average and distribution', async () => {
  const { current, previous } = await summary();
  expect(current.correctiveActions).toEqual({
    count: 3,
    recent: [
      {
        reference: 'KL-2026-00004',
        closedAt: '2026-06-11T10:00:00.000Z',
        category: 'bejegening',
        correctiveAction: 'Extra medewerker aan de telefoon',
      },
      {
        reference: 'KL-2026-00001',
        closedAt: '2026-04-10T10:00:00.000Z',
        category: 'facturatie',
        correctiveAction: 'Dubbele boekingen worden gesignaleerd',
      },
      {
        reference: 'KL-2026-00012',
        closedAt: '2026-04-02T10:00:00.000Z',
        category: 'facturatie',
        correctiveAction: 'Tarieven op de website bijgewerkt',
      },
    ],
  });
  expect(previous.correctiveActions.count).toBe(1);
  expect(current.satisfaction).toEqual({ answers: 2, average: 3, distribution: { 1: 0, 2: 1, 3: 0, 4: 1, 5: 0 } });
  expect(previous.satisfaction).toEqual({ answers: 1, average: 5, distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 1 } });
});

test('R6: the previous period has the same length — whole months before whole months, else as many days', async () => {
  const year = await summary('from=2026-01-01&to=2026-12-31');
  expect(year.previous.period).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  const days = await summary('from=2026-11-10&to=2026-11-30');
  expect(days.previous.period).toEqual({ from: '2026-10-20', to: '2026-11-09' });
  expect(days.current.volume.perMonth).toEqual([{ month: '2026-11', count: 3 }]); // I, P, H
  // B arrived at 23:30Z on 31 October: 1 November in Amsterdam, so not October's.
  expect(days.previous.volume.perMonth).toEqual([
    { month: '2026-10', count: 0 },
    { month: '2026-11', count: 2 }, // B, N
  ]);
});

test('R6, issue 19 item 10: without from and to, the year so far including today — a complaint received today counts', async () => {
  const today = todayIn(MEASURED_AT, h.config.terms.timeZone);
  const yearSoFar = { from: `${today.slice(0, 4)}-01-01`, to: today };
  const before = await summary(`from=${yearSoFar.from}&to=${yearSoFar.to}`);
  await insertComplaint(h.register.db, { reference: 'KL-2026-00090', receivedAt: MEASURED_AT.toISOString() });
  const { current } = await summary('');
  expect(current.period).toEqual(yearSoFar);
  expect(current.volume.total).toBe(before.current.volume.total + 1);
  expect(current.volume.perMonth.at(-1)).toEqual({ month: today.slice(0, 7), count: expect.any(Number) });
  expect(current.volume.perMonth.at(-1).count).toBeGreaterThan(0);
});

test('R6: causes beyond the ten most frequent are counted together as other', async () => {
  let sequence = 100;
  for (const [i, cause] of 'abcdefghijkl'.split('').entries()) {
    // The first two causes twice, once capitalised: one cause, shown as first written ("A" sorts first).
    for (const spelled of i < 2 ? [cause, cause.toUpperCase()] : [cause]) {
      await insertComplaint(h.register.db, {
        reference: `KL-2024-${String(sequence++).padStart(5, '0')}`,
        receivedAt: `2024-06-${10 + i}T10:00:00Z`,
        cause: spelled,
        status: 'closed',
        closedAt: '2024-06-30T10:00:00Z',
      });
    }
  }
  const { current } = await summary('from=2024-06-01&to=2024-06-30');
  expect(current.volume.total).toBe(14);
  const top = current.volume.perCause.top.map((c: { value: string; count: number }) => `${c.value}:${c.count}`);
  expect(top).toEqual(['A:2', 'B:2', 'c:1', 'd:1', 'e:1', 'f:1', 'g:1', 'h:1', 'i:1', 'j:1']);
  expect(current.volume.perCause.other).toEqual({ count: 2, values: 2 }); // k and l
  expect(current.volume.perCause.notRecorded).toBe(0);
});

test('R6: 400 for a bad period — from after to, not a date, only one of the two, too long', async () => {
  const bad = async (query: string) =>
    fieldCodes((await request(app).get(`/api/reports/summary?${query}`).set(h.as('manager')).expect(400)).body);
  expect(await bad('from=2026-05-01&to=2026-04-30')).toEqual([{ field: 'from', code: 'after_end' }]);
  expect(await bad('from=2026-02-30&to=2026-03-31')).toEqual([{ field: 'from', code: 'date' }]);
  expect(await bad('from=yesterday&to=2026-03-31')).toEqual([{ field: 'from', code: 'date' }]);
  expect(await bad('from=2026-01-01')).toEqual([{ field: 'to', code: 'both_dates' }]);
  expect(await bad('from=2000-01-01&to=2026-01-01')).toEqual([{ field: 'to', code: 'period_too_long' }]);
  expect(await bad('from=2026-01-01&to=2026-01-31&extra=1')).toEqual([{ field: 'extra', code: 'unknown_field' }]);
});

test('R6: only managers and operators read reports (403 for the others)', async () => {
  for (const role of ['intake', 'handler', 'representative'] as const) {
    const res = await request(app).get(`/api/reports/summary?${PERIOD}`).set(h.as(role));
    expect(res.status).toBe(403);
  }
  await request(app).get(`/api/reports/summary?${PERIOD}`).set(h.as('operator')).expect(200);
  await request(app).get(`/api/reports/summary?${PERIOD}`).expect(401);
});

test('R6/R9/R7/R5: complaints handled through the API and their workflows show in the figures', async () => {
  // Past every period above (the fixture's complaints arrived by 30 November 2026), so that these two are
  // the only complaints of their own period.
  await h.sleepUntil(nextDayOfMonth(await h.now(), 5, '10:00').at);
  const today = await h.today();
  const written = (await h.intake(writtenComplaint({ service: 'Wachtlijst' })).expect(201)).body.complaint.reference;
  const oral = (await h.intake(oralComplaint()).expect(201)).body.complaint.reference;
  await h.env.sleep('2 hours');
  await h.act(oral, 'callback-done', { outcome: 'resolved', answer: 'Uitgelegd.' }, 'representative').expect(200);
  await h.env.sleep('46 hours');
  await h.act(written, 'reply-sent', { channel: 'email', text: 'Ons antwoord.' }, 'handler').expect(200);
  await h
    .act(
      written,
      'close',
      {
        resolution: 'Opgelost',
        correctiveAction: 'Wachtlijst wekelijks nagelopen',
        category: 'Wachttijd',
        cause: 'planning',
      },
      'handler',
    )
    .expect(200);
  const period = `from=${today}&to=${addDays(today, 30)}`;
  const { current } = (await h.get(`/api/reports/summary?${period}`, 'manager').expect(200)).body;
  expect(current.volume.total).toBe(2);
  expect(current.volume.perChannel.top).toEqual([
    { value: 'email', count: 1 },
    { value: 'phone', count: 1 },
  ]);
  expect(current.volume.perService.top).toEqual([{ value: 'Wachtlijst', count: 1 }]);
  expect(current.volume.perCategory.top).toEqual([{ value: 'Wachttijd', count: 1 }]);
  expect(current.volume.perCause.top).toEqual([{ value: 'planning', count: 1 }]);
  expect(current.timeliness.reply).toEqual(outcome(1, 0, 0, 0));
  expect(current.timeliness.callback).toEqual(outcome(1, 0, 0, 0));
  expect(current.timeliness.replyDays).toEqual({ replies: 1, median: 2, p90: 2 });
  expect(current.correctiveActions.recent).toEqual([
    expect.objectContaining({
      reference: written,
      category: 'Wachttijd',
      correctiveAction: 'Wachtlijst wekelijks nagelopen',
    }),
  ]);
});
