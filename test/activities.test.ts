/** The real activities against a real register file and a real SMTP server: idempotent, and on record. */
import type { ProcedureEvent } from '../domain/events';
import fs from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { createActivities } from '../activities';
import { createMailer } from '../activities/mailer';
import { registerComplaint } from '../api/complaints/register';
import type { Deadline } from '../domain/complaint';
import type { ComplainantMessage } from '../domain/notifications';
import { DEFAULT_TERMS } from '../domain/terms';
import { newKeySpec, parseKeys } from '../infra/keyring';
import { attachmentStore } from '../infra/attachment-store';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { asIntake, writtenComplaint } from './support/harness';

let smtp: SmtpSink;
let register: TestDatabase;
beforeAll(async () => {
  smtp = await startSmtpSink();
  register = await createTestDatabase();
});
afterAll(async () => {
  await smtp.close();
  await register.close();
});

function activitiesWith(mailer: ReturnType<typeof createMailer>) {
  const keys = parseKeys(newKeySpec('test'));
  return createActivities({
    db: register.db,
    mailer,
    organisationName: 'Balans Borne',
    organisationContact: { email: 'klachten@balansborne.test' },
    timeZone: 'Europe/Amsterdam',
    staffEmail: 'klachten@balansborne.test',
    managerEmail: 'manager@balansborne.test',
    publicUrl: 'http://localhost:3000',
    keys,
    attachments: attachmentStore(path.join(register.dir, 'attachments'), keys),
  });
}

async function newComplaint(email: string): Promise<string> {
  const intake = asIntake(writtenComplaint({ complainant: { name: 'Ans Post', email } }));
  return (await registerComplaint(register.db, intake, DEFAULT_TERMS)).complaint.reference;
}

function acknowledgement(reference: string): ComplainantMessage {
  return {
    key: `${reference}/acknowledgement-1`,
    reference,
    purpose: 'acknowledgement',
    channel: 'email',
    acknowledgement: { expectedBy: '2026-12-31', automatic: true, by: 'system', at: '2026-12-06T23:00:00Z' },
  };
}

test('R3/R10: a retried acknowledgement activity sends one e-mail and keeps one message on record', async () => {
  const email = 'activity-retry@example.nl';
  const reference = await newComplaint(email);
  const mailer = createMailer({
    smtpUrl: smtp.url,
    from: 'Klachten <klachten@balansborne.test>',
    outboxDir: register.dir,
  });
  const activities = activitiesWith(mailer);
  await activities.sendToComplainant(acknowledgement(reference));
  await activities.sendToComplainant(acknowledgement(reference));
  mailer.close();

  const [mail] = await smtp.waitFor(email, 1);
  expect(smtp.to(email)).toHaveLength(1);
  expect(mail.messageId).toBe(`<${reference}/acknowledgement-1@klachtenregister>`);
  expect(mail.text).toContain('uiterlijk op 31 december 2026 onze officiële reactie');
  const rows = await register.db.message.findMany({ where: { reference } });
  expect(rows).toEqual([expect.objectContaining({ status: 'sent', recipient: email, subject: mail.subject })]);
  expect(rows[0].body).toBe(mail.text?.trimEnd());
});

test('R4: a retried recordEvent records one event and updates the register projection', async () => {
  const reference = await newComplaint('activity-event@example.nl');
  const activities = activitiesWith(createMailer({ from: 'x <x@localhost>', outboxDir: register.dir }));
  const event = {
    key: `${reference}/event-7`,
    reference,
    actor: 'handler-1',
    action: 'reply_sent' as const,
    detail: { channel: 'email' },
    status: 'answered' as const,
    nextDeadlineAt: null,
    handler: 'handler-1',
  };
  await activities.recordEvent(event);
  await activities.recordEvent(event);
  const events = await register.db.complaintEvent.findMany({ where: { reference, action: 'reply_sent' } });
  expect(events).toHaveLength(1);
  expect(JSON.parse(events[0].detail)).toEqual({ channel: 'email' });
  const row = await register.db.complaint.findUniqueOrThrow({ where: { reference } });
  expect(row).toMatchObject({ status: 'answered', nextDeadlineAt: null, handler: 'handler-1' });
});

test('R4: an older step recorded after a newer one leaves the newer state in the register, and adds its facts', async () => {
  const reference = await newComplaint('activity-order@example.nl');
  const activities = activitiesWith(createMailer({ from: 'x <x@localhost>', outboxDir: register.dir }));
  const step = (n: number, action: ProcedureEvent, handler: string | null, deadlines?: Deadline[]) => ({
    key: `${reference}/event-${n}`,
    reference,
    actor: 'system',
    action,
    detail: {},
    status: 'in_handling' as const,
    nextDeadlineAt: '2026-12-09T23:00:00.000Z',
    handler,
    deadlines,
  });
  // As seen on PostgreSQL: the assignment's activity finished before the start's.
  await activities.recordEvent(step(2, 'assigned', 'handler-1'));
  await activities.recordEvent(
    step(1, 'procedure_started', null, [{ name: 'reply', due: '2026-12-09T23:00:00.000Z' }]),
  );
  const row = await register.db.complaint.findUniqueOrThrow({ where: { reference } });
  expect(row).toMatchObject({
    handler: 'handler-1',
    projectedEvent: 2,
    replyDueAt: new Date('2026-12-09T23:00:00.000Z'),
  });
  expect(await register.db.complaintEvent.count({ where: { reference, key: { contains: '/event-' } } })).toBe(2);
});

test("issue 20: a step written as plain SQL lands as the register's own model writes would: dates, flags, first facts once", async () => {
  const reference = await newComplaint('activity-facts@example.nl');
  const activities = activitiesWith(createMailer({ from: 'x <x@localhost>', outboxDir: register.dir }));
  const step = (n: number, action: ProcedureEvent, at: string, detail: Record<string, unknown> = {}) => ({
    key: `${reference}/event-${n}`,
    ...{ reference, actor: 'system', action, detail, status: 'acknowledged' as const, at },
    ...{ nextDeadlineAt: '2027-01-20T23:00:00.000Z', handler: null },
  });
  await activities.recordEvent(step(1, 'acknowledged', '2026-12-18T23:00:00.250Z'));
  await activities.recordEvent(step(2, 'term_missed_at_entry', '2026-12-19T08:00:00.000Z'));
  await activities.recordEvent(step(3, 'acknowledged', '2026-12-20T09:00:00.000Z'));
  await activities.recordEvent(step(4, 'closed', '2026-12-21T10:00:00.000Z', { category: 'facturatie' }));

  const row = await register.db.complaint.findUniqueOrThrow({ where: { reference } });
  expect(row).toMatchObject({
    acknowledgedAt: new Date('2026-12-18T23:00:00.250Z'), // the first acknowledgement's, kept
    termMissed: true,
    closedAt: new Date('2026-12-21T10:00:00.000Z'),
    category: 'facturatie',
    nextDeadlineAt: new Date('2027-01-20T23:00:00.000Z'),
    projectedEvent: 4,
  });
  // Compared in SQL as Prisma writes dates (SQLite keeps them as text: one format, or ranges miss rows).
  const between = (gte: string, lt: string) =>
    register.db.complaint.count({ where: { reference, acknowledgedAt: { gte: new Date(gte), lt: new Date(lt) } } });
  expect(await between('2026-12-18T23:00:00.250Z', '2026-12-18T23:00:00.251Z')).toBe(1);
  expect(await between('2026-12-18T23:00:00.251Z', '2026-12-19T00:00:00.000Z')).toBe(0);
  const events = await register.db.complaintEvent.findMany({ where: { reference, action: 'acknowledged' } });
  expect(events.map((e) => e.at)).toEqual([new Date('2026-12-18T23:00:00.250Z'), new Date('2026-12-20T09:00:00.000Z')]);
});

test('without SMTP configured, mail is kept as .eml files in the outbox, readable as sent', async () => {
  const email = 'activity-outbox@example.nl';
  const reference = await newComplaint(email);
  const outboxDir = path.join(register.dir, 'outbox');
  const mailer = createMailer({ from: 'Klachten <klachten@balansborne.test>', outboxDir });
  expect(mailer.describe()).toBe(`no SMTP_URL set: outgoing mail is written to ${outboxDir}`);
  await activitiesWith(mailer).sendToComplainant(acknowledgement(reference));
  const files = fs.readdirSync(outboxDir);
  expect(files).toHaveLength(1);
  const mail = await simpleParser(fs.readFileSync(path.join(outboxDir, files[0])));
  expect(mail.subject).toBe(`Onze reactie op uw klacht volgt later (${reference})`);
  expect(mail.to).toMatchObject({ text: email });
});
