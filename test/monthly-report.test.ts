/**
 * R6: once a month the managers get last month's figures by mail, with the report as a PDF — the
 * workflow the Schedule starts, run here on the time-skipping server (which has no Schedules: their
 * creation is tested on a dev server in monthly-report-schedule.test.ts), with the real activity,
 * register and SMTP server. Mailed once per month, however often it runs or is retried.
 */
import { execFileSync } from 'node:child_process';
import type { ParsedMail } from 'mailparser';
import { TASK_QUEUE } from '../domain/actions';
import type { MonthlyReportInput, MonthlyReportSent } from '../domain/reports';
import { MANAGER, useHarness } from './support/harness';
import { nextDayOfMonth } from './support/moments';
import { insertComplaint } from './support/register-rows';

const DIRECTOR = 'directie@balansborne.test';
const h = useHarness({ MONTHLY_REPORT_RECIPIENTS: `${MANAGER}, ${DIRECTOR}` });
const ZONE = 'Europe/Amsterdam';
let runs = 0;

const start = (input: MonthlyReportInput) =>
  h.env.client.workflow.start('monthlyReportWorkflow', {
    taskQueue: TASK_QUEUE,
    workflowId: `monthly-report-test-${++runs}`,
    args: [input],
  });
const run = async (input: MonthlyReportInput) => (await (await start(input)).result()) as MonthlyReportSent;
const reportsFor = (month: string) => h.smtp.to(MANAGER).filter((m) => m.subject?.includes(month));
const pdfText = (mail: ParsedMail) =>
  execFileSync('pdftotext', ['-layout', '-', '-'], { input: mail.attachments[0].content }).toString();

beforeAll(async () => {
  const db = h.register.db;
  // October 2026: three complaints (one of them received at 23:30Z on 30 September, i.e. 1 October in
  // Amsterdam); September 2026: one.
  await insertComplaint(db, {
    reference: 'KL-2026-00901',
    receivedAt: '2026-09-10T10:00:00Z',
    status: 'closed',
    closedAt: '2026-09-20T10:00:00Z',
    category: 'facturatie',
    cause: 'tarief',
  });
  await insertComplaint(db, {
    reference: 'KL-2026-00902',
    receivedAt: '2026-09-30T22:30:00Z',
    replyDueAt: '2026-10-15T22:00:00Z',
    repliedAt: '2026-10-05T22:30:00Z',
    status: 'closed',
    closedAt: '2026-10-07T10:00:00Z',
    category: 'Bejegening',
    cause: 'Toon van de brief',
    correctiveAction: 'Standaardbrieven herschreven — “vriendelijker”',
  });
  await insertComplaint(db, {
    reference: 'KL-2026-00903',
    channel: 'phone',
    receivedAt: '2026-10-12T09:00:00Z',
    callbackDueAt: '2026-10-12T13:00:00Z',
    calledBackAt: '2026-10-12T11:00:00Z',
    status: 'closed',
    closedAt: '2026-10-12T12:00:00Z',
    category: 'Bejegening',
    cause: 'wachttijd',
    satisfaction: { score: 5, at: '2026-10-20T10:00:00Z' },
  });
  await insertComplaint(db, {
    reference: 'KL-2026-00904',
    receivedAt: '2026-10-28T10:00:00Z',
    replyDueAt: '2026-11-11T23:00:00Z',
    status: 'in_handling',
  });
});

test("R6: the month's report reaches every recipient in one mail, the figures in the body and the PDF attached", async () => {
  expect(await run({ timeZone: ZONE, month: '2026-10' })).toEqual({ month: '2026-10', recipients: 2, sentNow: true });
  const [mail] = reportsFor('oktober 2026');
  expect(mail.subject).toBe('Klachtenrapportage oktober 2026 — Balans Borne');
  expect(h.smtp.to(DIRECTOR)).toEqual([mail]);
  expect(mail.messageId).toBe('<monthly-report/2026-10@klachtenregister>');
  expect(mail.text).toContain('Tussen haakjes: september 2026.');
  expect(mail.text).toContain('Ontvangen: 3 (1)');
  expect(mail.text).toContain('kanaal e-mail: 2 (1)');
  expect(mail.text).toContain('kanaal telefoon: 1 (0)');
  // 902 replied in time; 904's term ended on 11 November unanswered (the activity measures by the real clock).
  expect(mail.text).toContain('Binnen de termijn beantwoord of bevestigd (R9, R3): 1 van 2 = 50% (–)');
  expect(mail.text).toContain('Op tijd teruggebeld (R7): 1 van 1 = 100% (–)');
  expect(mail.text).toMatch(/^ +Dagen tot antwoord: mediaan 5 \(–\), 90% binnen 5 \(–\); 1 antwoord$/m);
  expect(mail.text).toContain('Openstaand op 2026-10-31');
  expect(mail.text).toContain('Bejegening: 2 (0)');
  expect(mail.text).toContain('KL-2026-00902 (Bejegening): Standaardbrieven herschreven — “vriendelijker”');
  expect(mail.text).toContain('Antwoorden: 1 (0); gemiddeld 5 (–)');

  expect(mail.attachments).toHaveLength(1);
  expect(mail.attachments[0]).toMatchObject({
    filename: 'klachtenrapportage-2026-10.pdf',
    contentType: 'application/pdf',
  });
  const pdf = pdfText(mail);
  expect(pdf).toContain('Klachtenrapportage oktober 2026 — Balans Borne');
  expect(pdf).toContain('Ontvangen: 3 (1)');
  expect(pdf).toContain('Standaardbrieven herschreven — “vriendelijker”'); // printed in the embedded Unicode font

  const row = await h.register.db.reportMail.findUniqueOrThrow({ where: { key: 'monthly-report/2026-10' } });
  expect(row).toMatchObject({ status: 'sent', recipients: `${MANAGER}, ${DIRECTOR}` });
});

test('R6: a second run for the same month mails nothing', async () => {
  expect(await run({ timeZone: ZONE, month: '2026-10' })).toEqual({ month: '2026-10', recipients: 2, sentNow: false });
  expect(reportsFor('oktober 2026')).toHaveLength(1);
});

test('R6: retried while the mail server is down, the report goes out once, the same PDF as first rendered', async () => {
  h.smtp.setDown(true);
  const handle = await start({ timeZone: ZONE, month: '2026-09' });
  // The first attempt keeps the mail under its month's key, then finds the server down and fails.
  const deadline = Date.now() + 10_000;
  while (!(await handle.describe()).raw.pendingActivities?.[0]?.lastFailure) {
    if (Date.now() > deadline) throw new Error('the first attempt did not fail');
    await new Promise((r) => setTimeout(r, 25));
  }
  const kept = await h.register.db.reportMail.findUniqueOrThrow({ where: { key: 'monthly-report/2026-09' } });
  expect(kept.status).toBe('pending');
  h.smtp.setDown(false);

  expect(await handle.result()).toEqual({ month: '2026-09', recipients: 2, sentNow: true });
  const mails = reportsFor('september 2026');
  expect(mails).toHaveLength(1);
  expect(Buffer.compare(mails[0].attachments[0].content, Buffer.from(kept.attachment))).toBe(0);
  const history = await handle.fetchHistory();
  const started = history.events!.find((e) => e.activityTaskStartedEventAttributes);
  expect(started!.activityTaskStartedEventAttributes!.attempt).toBeGreaterThan(1);
});

test('R6: started by the Schedule (no month given), it reports on the month before the one it runs in', async () => {
  const runDay = nextDayOfMonth(await h.now(), 2, '07:00'); // the Schedule's default: the 2nd, at 07:00 in Amsterdam
  await h.sleepUntil(runDay.at);
  const [year, monthOfRun] = runDay.date.split('-').map(Number);
  const month = monthOfRun === 1 ? `${year - 1}-12` : `${year}-${String(monthOfRun - 1).padStart(2, '0')}`;
  const sent = await run({ timeZone: ZONE });
  expect(sent).toMatchObject({ month, sentNow: true });
  expect(h.smtp.to(MANAGER).at(-1)!.attachments[0].filename).toBe(`klachtenrapportage-${month}.pdf`);
});
