/**
 * R6 (issue 20): the report's figures are kept per finished day (reports/kept-days.ts), and the register
 * forgets a kept day itself whenever a write touches a complaint it counts (triggers, migration
 * 20261209090000_report_days). Every write below is made straight on the register, as any code path
 * could make it; after each, the summary read from the kept days must equal the summary computed afresh,
 * and must have changed. On SQLite and on PostgreSQL (a register test, jest.config.js).
 */
import { localDate } from '../domain/calendar';
import { daysIn, monthPeriod, previousPeriod, type ReportPeriod } from '../domain/report-period';
import type { Database } from '../infra/database';
import { AGE_BUCKETS } from '../reports/backlog';
import { reportSummary } from '../reports/summary';
import { insertEvent } from './support/register-rows';
import { fillReportFixture, MEASURED_AT } from './support/report-fixture';
import { createTestDatabase, type TestDatabase } from './support/test-database';

const ZONE = 'Europe/Amsterdam';
const PERIOD: ReportPeriod = { from: '2026-04-01', to: '2026-11-30' };
let register: TestDatabase;
let db: Database;

beforeEach(async () => {
  register = await createTestDatabase();
  db = register.db;
  await fillReportFixture(db);
});
afterEach(() => register.close());

const summary = (now = MEASURED_AT, period = PERIOD) => reportSummary(db, period, ZONE, now);
const keptDays = () => db.reportDay.findMany({ where: { figures: { not: null } }, orderBy: { day: 'asc' } });

test('R6: a summary keeps the figures of every finished day of both periods, and reads them again unchanged', async () => {
  const first = await summary();
  const kept = await keptDays();
  // Both periods, 2025-08-01 … 2026-11-30, every day of them ended before the moment of measuring.
  expect(kept.map((d) => d.day)).toHaveLength(487);
  expect(kept[0].day).toBe(previousPeriod(PERIOD).from);
  expect(kept.at(-1)!.day).toBe(PERIOD.to);
  expect(await summary()).toEqual(first);
  // Read again, not computed again: the rows are the same ones.
  expect((await keptDays()).map((d) => d.id)).toEqual(kept.map((d) => d.id));
});

test('R6: today and the days after the moment of measuring are computed at each request, never kept', async () => {
  await summary(MEASURED_AT, { from: '2026-12-01', to: '2026-12-31' });
  const kept = (await keptDays()).map((d) => d.day).filter((day) => day >= '2026-12-01');
  // Measured on 10 December: 1 … 9 December had ended.
  expect(kept).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09'].map((d) => `2026-12-${d}`));
});

test("R9/R6: a kept day's open term is pending while it runs and late once it ended, without computing the day again", async () => {
  const before = await summary();
  expect(before.current.timeliness.reply).toMatchObject({ late: 1, pending: 1 }); // H's term runs to 12 December
  const kept = await keptDays();
  const after = await summary(new Date('2026-12-13T12:00:00Z'));
  expect(after.current.timeliness.reply).toMatchObject({ late: 2, pending: 0 });
  expect((await keptDays()).map((d) => d.id)).toEqual(kept.map((d) => d.id));
});

/** Summary before the write (its days kept), after it, and computed afresh with no day kept. */
async function acrossWrite(write: () => Promise<unknown>) {
  const before = await summary();
  await write();
  const after = await summary();
  await db.reportDay.deleteMany();
  const afresh = await summary();
  return { before, after, afresh };
}

const WRITES: [string, (db: Database) => Promise<unknown>][] = [
  [
    'R5/R6: a complaint closed with a corrective action (its day of receipt and of closing)',
    (db) =>
      db.complaint.update({
        where: { reference: 'KL-2026-00005' },
        data: {
          status: 'closed',
          closedAt: new Date('2026-07-20T10:00:00Z'),
          category: 'Wachttijd',
          correctiveAction: 'Terugbellen binnen het uur',
        },
      }),
  ],
  [
    'R9/R6: a withdrawal before the reply term ended (a step: the day of receipt)',
    (db) => insertEvent(db, 'KL-2026-00008', 'withdrawn', '2026-11-29T10:00:00Z'),
  ],
  [
    'R10/R6: a promise escalated (a step: the day of the promise)',
    (db) => insertEvent(db, 'KL-2026-00014', 'escalated', '2026-11-17T10:00:00Z'),
  ],
  [
    'R10/R6: an escalation taken back (a step deleted)',
    (db) => db.complaintEvent.deleteMany({ where: { reference: 'KL-2026-00007', action: 'escalated' } }),
  ],
  [
    'R3/R6: an acknowledgement that went out later than recorded (a message)',
    (db) =>
      db.message.updateMany({
        where: { reference: 'KL-2026-00002', purpose: 'acknowledgement' },
        data: { sentAt: new Date('2026-11-20T10:00:00Z') },
      }),
  ],
  [
    'R6: a satisfaction answer (its day of answering)',
    (db) =>
      db.complaint.update({
        where: { reference: 'KL-2026-00009' },
        data: { satisfactionScore: 1, satisfactionAt: new Date('2026-11-26T10:00:00Z') },
      }),
  ],
  [
    'AVG/R6: a complaint removed from the register',
    (db) =>
      db.$transaction([
        db.complaintEvent.deleteMany({ where: { reference: 'KL-2026-00010' } }),
        db.message.deleteMany({ where: { reference: 'KL-2026-00010' } }),
        db.complaint.delete({ where: { reference: 'KL-2026-00010' } }),
      ]),
  ],
];

test.each(WRITES)('%s: forgets the kept days it touches, and the summary counts it', async (_, write) => {
  const { before, after, afresh } = await acrossWrite(() => write(db));
  expect(after).toEqual(afresh);
  expect(after).not.toEqual(before);
});

test('R6: a write that no figure reads forgets no kept day', async () => {
  await summary();
  const kept = await keptDays();
  await db.complaint.update({ where: { reference: 'KL-2026-00001' }, data: { nextDeadlineAt: new Date() } });
  await insertEvent(db, 'KL-2026-00001', 'note', '2026-04-03T10:00:00Z');
  expect((await keptDays()).map((d) => d.id)).toEqual(kept.map((d) => d.id));
});

/** R4/R6's definition, counted here from every row: received by `asOf` and not closed or withdrawn by then. */
async function backlogByDefinition(asOf: Date, asOfDate: string) {
  const complaints = await db.complaint.findMany({
    select: { reference: true, receivedAt: true, status: true, closedAt: true },
  });
  const withdrawals = await db.complaintEvent.findMany({ where: { action: 'withdrawn' } });
  const open = complaints.filter(
    (c) =>
      c.receivedAt < asOf &&
      (!['closed', 'withdrawn'].includes(c.status) ||
        (c.status === 'closed' && c.closedAt != null && c.closedAt >= asOf) ||
        (c.status === 'withdrawn' && withdrawals.some((w) => w.reference === c.reference && w.at >= asOf))),
  );
  const ages = open.map((c) => daysIn({ from: localDate(c.receivedAt.toISOString(), ZONE), to: asOfDate }) - 1);
  return AGE_BUCKETS.map((b, i) => ({
    age: b.label,
    count: ages.filter((age) => age <= b.upTo && (i === 0 || age > AGE_BUCKETS[i - 1].upTo)).length,
  }));
}

test('R4/R6: the backlog from kept days equals its definition, now (today read afresh, closings after this moment) and as a month ended', async () => {
  // Every 9 days and 5 hours through the fixture's year, so that "now" falls at every hour of the day.
  const nonEmpty = { current: 0, previous: 0 };
  for (
    let at = Date.parse('2025-11-25T08:00:00Z');
    at < Date.parse('2026-12-20T00:00:00Z');
    at += (9 * 24 + 5) * 3_600_000
  ) {
    const now = new Date(at);
    const today = localDate(now.toISOString(), ZONE);
    const { current, previous } = await summary(now, monthPeriod(today.slice(0, 7)));
    expect({ now: now.toISOString(), byAge: current.backlog.byAge }).toEqual({
      now: now.toISOString(),
      byAge: await backlogByDefinition(now, today),
    });
    expect(previous.backlog.byAge).toEqual(
      await backlogByDefinition(new Date(previous.backlog.asOf), previous.period.to),
    );
    nonEmpty.current += current.backlog.total ? 1 : 0;
    nonEmpty.previous += previous.backlog.total ? 1 : 0;
  }
  // Moments at which something was open are many, for both kinds of backlog.
  expect(nonEmpty.current).toBeGreaterThan(10);
  expect(nonEmpty.previous).toBeGreaterThan(10);
});
