/**
 * Issue 21: the service reads a real mailbox (Dovecot, over IMAP, on loopback) and takes every mail into
 * the register exactly once; a complainant's reply joins its complaint's timeline without touching its
 * deadlines; a mail that names no complaint waits in triage.
 */
import { ImapFlow } from 'imapflow';
import MailComposer from 'nodemailer/lib/mail-composer';
import request from 'supertest';
import { attachmentStore } from '../infra/attachment-store';
import { activityDeps, createActivities } from '../activities';
import { takeInMail } from '../activities/mailbox/take-in';
import { createMailer } from '../activities/mailer';
import { ensureMailboxPoller } from '../api/mailbox/poller';
import { MAILBOX_POLLER_ID } from '../domain/mailbox';
import { MANAGER, STAFF, startHarness, writtenComplaint, type Harness } from './support/harness';
import { startImapServer, type ImapServer } from './support/imap-server';
import { until } from './support/until';

let imap: ImapServer;
let h: Harness;

beforeAll(async () => {
  imap = await startImapServer();
  // The receipt confirmation on: the reply below answers that mail of ours.
  h = await startHarness({ MAILBOX_URL: imap.url, MAILBOX_POLL_SECONDS: '60', RECEIPT_CONFIRMATION: 'true' });
});

afterAll(async () => {
  await h?.stop();
  await imap?.stop();
});

const DAY_MS = 24 * 60 * 60 * 1000;
let sent = 0;
/** A plain mail as a mail client writes it; `headers` adds or replaces some. */
function mail(from: string, subject: string, text: string, headers: Record<string, string> = {}): string {
  sent += 1;
  const all: Record<string, string> = {
    From: from,
    To: 'klachten@balansborne.test',
    Subject: subject,
    'Message-ID': `<mail-${sent}-${Date.now()}@example.nl>`,
    'MIME-Version': '1.0',
    'Content-Type': 'text/plain; charset=utf-8',
    ...headers,
  };
  return `${Object.entries(all)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\r\n')}\r\n\r\n${text}\r\n`;
}

const takeIn = () => takeInMail({ db: h.register.db, ...h.config.mailbox! });

test('issue 21: a mail is taken in once, when the poll runs twice, when it was not marked read, and after the IMAP server restarts', async () => {
  const first = mail('Anna <anna@example.nl>', 'Vraag over mijn rekening', 'Waarom twee keer?');
  await imap.deliver(first);
  await imap.deliver(mail('bert@example.nl', 'Parkeren', 'De parkeerplaats is altijd vol.'));

  expect(await takeIn()).toEqual({ taken: 2, matched: 0, bounced: 0 });
  expect(await takeIn()).toEqual({ taken: 0, matched: 0, bounced: 0 });
  expect(await imap.flags()).toEqual({ total: 2, seen: 2 });

  // A crash after the register took them in and before the mailbox marked them: they are unread again.
  await unmarkAll();
  expect(await imap.flags()).toEqual({ total: 2, seen: 0 });
  expect(await takeIn()).toEqual({ taken: 0, matched: 0, bounced: 0 });
  expect(await imap.flags()).toEqual({ total: 2, seen: 2 });

  // The server restarts (every connection dropped); the same mail delivered again keeps its Message-ID.
  await imap.restart();
  await imap.deliver(first);
  await imap.deliver(mail('carla@example.nl', 'Wachttijd', 'Ik wacht al drie weken.'));
  expect(await takeIn()).toEqual({ taken: 1, matched: 0, bounced: 0 });

  const rows = await h.register.db.incomingMail.findMany({ orderBy: { uid: 'asc' } });
  expect(rows.map((r) => [r.fromAddress, r.subject, r.status])).toEqual([
    ['anna@example.nl', 'Vraag over mijn rekening', 'triage'],
    ['bert@example.nl', 'Parkeren', 'triage'],
    ['carla@example.nl', 'Wachttijd', 'triage'],
  ]);
  expect(rows[0].fromName).toBe('Anna');
  expect(rows[0].text).toBe('Waarom twee keer?');
});

test('issue 21: a round cut off by an IMAP server restart, after the register took a mail in and before the mailbox marked it, takes nothing in twice; the next round takes in the rest', async () => {
  const reference = await h.file(writtenComplaint({ complainant: { name: 'Mia Kok', email: 'mia@example.nl' } }));
  await imap.deliver(mail('mia@example.nl', `Re: ${reference}`, 'Nog een aanvulling.'));
  await imap.deliver(mail('noor@example.nl', 'Geluidsoverlast', 'Elke nacht herrie.'));
  await imap.deliver(mail('olaf@example.nl', 'Wachtlijst', 'Hoe lang nog?'));
  const from = { fromAddress: { in: ['mia@example.nl', 'noor@example.nl', 'olaf@example.nl'] } };

  // The server goes away at the worst moment: the first mail is in the register, not yet marked read.
  const cutOff = takeInMail({ db: h.register.db, ...h.config.mailbox!, onReply: () => imap.restart() });
  await expect(cutOff).rejects.toThrow(/mailbox not read/);
  expect(await h.register.db.incomingMail.count({ where: from })).toBe(1);
  expect((await imap.flags()).seen).toBe((await imap.flags()).total - 3);

  expect(await takeIn()).toEqual({ taken: 2, matched: 0, bounced: 0 });
  expect(await h.register.db.incomingMail.count({ where: from })).toBe(3);
  expect(await h.register.db.complaintEvent.count({ where: { reference, action: 'incoming_message' } })).toBe(1);
  expect(await takeIn()).toEqual({ taken: 0, matched: 0, bounced: 0 });
  const { total, seen } = await imap.flags();
  expect(seen).toBe(total);
});

test("issue 21: a complainant's reply joins its complaint as an incoming message with its PDF (not a program named .pdf), read by the poller workflow; its deadlines do not change; a stranger's mail naming it waits in triage", async () => {
  const reference = await h.file(writtenComplaint({ complainant: { name: 'Dirk Boer', email: 'dirk@example.nl' } }));
  await h.env.sleep('1 minute');
  const before = (await h.status(reference)).deadlines;

  const [ours] = await h.smtp.waitFor('dirk@example.nl', 1);
  expect(ours.subject).toContain(reference);

  // The reply's subject lost the reference; In-Reply-To names the Message-ID of our mail.
  // With a PDF, which joins the complaint's files, and a program named as a PDF, which does not.
  const pdf = Buffer.from('%PDF-1.4\n% de factuur\n%%EOF\n');
  const composed = new MailComposer({
    from: 'Dirk Boer <dirk@example.nl>',
    to: 'klachten@balansborne.test',
    subject: 'Re: uw brief',
    text: 'Ik heb de factuur nog steeds niet terug.',
    inReplyTo: ours.messageId!,
    references: ours.messageId!,
    attachments: [
      { filename: 'factuur.pdf', content: pdf, contentType: 'application/pdf' },
      { filename: 'nog-een.pdf', content: Buffer.from('MZ\x90\x00 not a pdf'), contentType: 'application/pdf' },
    ],
  });
  await imap.deliver(await composed.compile().build());
  // One from a stranger that names the complaint: a name proves nothing, it waits in triage.
  await imap.deliver(
    mail('mallory@example.nl', `Re: ${ours.subject}`, 'Ik ben de klager, echt waar.', {
      'In-Reply-To': ours.messageId!,
    }),
  );
  // And one that names no complaint: it waits in triage.
  await imap.deliver(mail('eva@example.nl', 'Klacht over de balie', 'Niemand nam de telefoon op.'));

  expect(await ensureMailboxPoller(h.env.client, h.config.mailbox)).toBe('running');
  // A second start (the API restarted) finds the one poller running; another interval replaces it.
  expect(await ensureMailboxPoller(h.env.client, h.config.mailbox)).toBe('running');
  const slower = { ...h.config.mailbox!, pollSeconds: 120 };
  expect(await ensureMailboxPoller(h.env.client, slower)).toBe('restarted');
  expect(await ensureMailboxPoller(h.env.client, slower)).toBe('running');
  const matched = { fromAddress: 'dirk@example.nl', status: 'matched' };
  const taken = { fromAddress: { in: ['dirk@example.nl', 'mallory@example.nl', 'eva@example.nl'] } };
  await until(async () => (await h.register.db.incomingMail.count({ where: taken })) === 3, 20_000);
  const reply = await h.register.db.incomingMail.findFirstOrThrow({ where: matched });
  expect(reply.reference).toBe(reference);
  const events = await h.register.db.complaintEvent.findMany({ where: { reference, action: 'incoming_message' } });
  expect(events).toHaveLength(1);
  expect(JSON.parse(events[0].detail)).toMatchObject({
    channel: 'email',
    text: 'Ik heb de factuur nog steeds niet terug.',
    receivedAt: reply.receivedAt.toISOString(),
  });
  const files = await h.register.db.attachment.findMany({ where: { reference } });
  expect(files.map((f) => [f.fileName, f.mediaType, f.source])).toEqual([
    ['factuur.pdf', 'application/pdf', 'complainant'],
  ]);
  expect(await attachmentStore(h.config.attachments.dir, h.keys).read(files[0])).toEqual(pdf);
  // The desk (no handler yet) hears of it.
  const [notice] = await h.smtp.waitFor(STAFF, 1);
  expect(notice.subject).toBe(`Reactie van de klager: ${reference}`);
  expect(notice.text).toContain(`/app/complaints/${reference}`);
  const other = await h.register.db.incomingMail.findFirstOrThrow({ where: { fromAddress: 'eva@example.nl' } });
  expect(other.status).toBe('triage');
  const stranger = await h.register.db.incomingMail.findFirstOrThrow({ where: { fromAddress: 'mallory@example.nl' } });
  expect([stranger.status, stranger.reference]).toEqual(['triage', null]);
  expect((await h.status(reference)).deadlines).toEqual(before);

  // Switched off (MAILBOX_URL unset at the next start): the poller stops.
  expect(await ensureMailboxPoller(h.env.client, undefined)).toBe('stopped');
  const poller = h.env.client.workflow.getHandle(MAILBOX_POLLER_ID);
  await until(async () => (await poller.describe()).status.name === 'CANCELLED');
});

test('issue 21: an HTML mail is kept as text; a mail over MAILBOX_MAX_BYTES is taken in by its envelope only, and a malformed one without harm to the rest', async () => {
  await imap.deliver(
    mail('frank@example.nl', 'Opgemaakt', '<p>Hallo <b>wereld</b></p><script>alert(1)</script>', {
      'Content-Type': 'text/html; charset=utf-8',
    }),
  );
  const big = 'x'.repeat(76) + '\r\n';
  await imap.deliver(mail('gijs@example.nl', 'Grote bijlage', big.repeat(Math.ceil((21 * 1024 * 1024) / big.length))));
  // A body whose declared base64 and multipart boundary are garbage.
  await imap.deliver(
    mail('hanna@example.nl', 'Kapot', '--nothing\r\n\u0000\u0001%%%', {
      'Content-Type': 'multipart/mixed; boundary="missing"',
      'Content-Transfer-Encoding': 'base64',
    }),
  );
  await imap.deliver(mail('ivo@example.nl', 'Gewoon', 'Een gewone mail na de rest.'));

  expect(await takeIn()).toEqual({ taken: 4, matched: 0, bounced: 0 });
  const row = (from: string) => h.register.db.incomingMail.findFirstOrThrow({ where: { fromAddress: from } });
  const html = await row('frank@example.nl');
  expect(html.text).toBe('Hallo wereld');
  const large = await row('gijs@example.nl');
  expect([large.refusal, large.subject, large.text, large.status]).toEqual([
    'too_large',
    'Grote bijlage',
    '',
    'triage',
  ]);
  // Its parts are garbage: it waits in triage with what could be read (its envelope), for staff to judge.
  const broken = await row('hanna@example.nl');
  expect([broken.subject, broken.text, broken.status]).toEqual(['Kapot', '', 'triage']);
  expect((await row('ivo@example.nl')).text).toBe('Een gewone mail na de rest.');
  expect(await takeIn()).toEqual({ taken: 0, matched: 0, bounced: 0 });
});

test('issue 21: a bounce of our mail marks the message failed with its reason, tells the desk, and the message can be sent again to a corrected address', async () => {
  const reference = await h.file(writtenComplaint({ complainant: { name: 'Kim Vos', email: 'kim@typfout.example' } }));
  const [ours] = await h.smtp.waitFor('kim@typfout.example', 1);
  // The register records "sent" just after the SMTP server has the mail: wait for it, not only for the mail.
  const ourMessage = () => h.register.db.message.findFirstOrThrow({ where: { reference, channel: 'email' } });
  await until(async () => (await ourMessage()).status === 'sent');
  const message = await ourMessage();

  const boundary = 'dsn-boundary';
  const dsn = [
    'From: Mail Delivery System <MAILER-DAEMON@mx.typfout.example>',
    'To: klachten@balansborne.test',
    'Subject: Undelivered Mail Returned to Sender',
    `Message-ID: <dsn-${Date.now()}@mx.typfout.example>`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'Your message could not be delivered to one or more recipients.',
    '',
    `--${boundary}`,
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.typfout.example',
    '',
    'Final-Recipient: rfc822; kim@typfout.example',
    'Action: failed',
    'Status: 5.1.1',
    'Diagnostic-Code: smtp; 550 5.1.1 <kim@typfout.example>: Recipient address rejected',
    '',
    `--${boundary}`,
    'Content-Type: text/rfc822-headers',
    '',
    'From: Klachtenservice <klachten@balansborne.test>',
    'To: kim@typfout.example',
    `Subject: ${ours.subject}`,
    `Message-ID: ${ours.messageId}`,
    '',
    `--${boundary}--`,
    '',
  ].join('\r\n');
  await imap.deliver(dsn);
  // Read by the poller workflow, with the worker's own activities (they tell staff).
  expect(await ensureMailboxPoller(h.env.client, h.config.mailbox)).toBe('running');
  const isFailed = async () =>
    (await h.register.db.message.findUniqueOrThrow({ where: { id: message.id } })).status === 'failed';
  await until(isFailed, 20_000);
  expect(await ensureMailboxPoller(h.env.client, undefined)).toBe('stopped');
  const [event] = await h.register.db.complaintEvent.findMany({ where: { reference, action: 'message_failed' } });
  expect(JSON.parse(event.detail).reason).toMatch(/^5\.1\.1 \(smtp; 550/);
  const mail = await h.register.db.incomingMail.findFirstOrThrow({
    where: { fromAddress: 'mailer-daemon@mx.typfout.example' },
  });
  expect([mail.status, mail.reference]).toEqual(['bounce', reference]);
  const bounceNotice = () => h.smtp.to(STAFF).filter((n) => n.subject === `E-mail onbestelbaar: ${reference}`);
  await until(async () => bounceNotice().length === 1);

  await request(h.app)
    .patch(`/api/complaints/${reference}/complainant`)
    .set(h.as('intake'))
    .send({ email: 'kim@example.nl' })
    .expect(200);
  expect((await h.act(reference, 'resend-message', { messageId: message.id }, 'intake')).status).toBe(200);
  const [again] = await h.smtp.waitFor('kim@example.nl', 1);
  expect(again.subject).toBe(ours.subject);
});

test('issue 21/R9: a mail left in triage longer than MAILBOX_TRIAGE_WORKING_DAYS (2) is a notice to the manager, once', async () => {
  const mailer = createMailer(h.config.mail);
  const activities = createActivities(activityDeps(h.config, h.register.db, mailer, h.keys));
  const receivedAt = await h.now();
  await imap.deliver(mail('lotte@example.nl', 'Niemand belt terug', 'Ik wacht nog steeds.'), receivedAt);
  const at = (days: number) => ({ now: new Date(receivedAt.getTime() + days * DAY_MS).toISOString() });

  expect(await activities.takeInMail(at(0))).toMatchObject({ taken: 1 });
  const { id } = await h.register.db.incomingMail.findFirstOrThrow({ where: { fromAddress: 'lotte@example.nl' } });
  const notices = () => h.smtp.to(MANAGER).filter((m) => m.text?.includes(`/app/mailbox/${id}`));

  await activities.takeInMail(at(1));
  expect(notices()).toHaveLength(0);
  await activities.takeInMail(at(9));
  await until(async () => notices().length === 1);
  expect(notices()[0].subject).toBe('E-mail wacht te lang op beoordeling');
  expect(notices()[0].text).not.toContain('lotte@example.nl');
  await activities.takeInMail(at(10));
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(notices()).toHaveLength(1);
  mailer.close();
});

test('issue 21/AVG: erasing a complaint empties the mails that joined it; only that they came, and when, stays', async () => {
  const reference = await h.file(writtenComplaint({ complainant: { name: 'Piet Wis', email: 'piet@example.nl' } }));
  await imap.deliver(mail('Piet Wis <piet@example.nl>', `Re: ${reference}`, 'Mijn adres is Dorpsstraat 9.'));
  expect(await takeIn()).toMatchObject({ taken: 1, matched: 1 });

  const erased = await h.post('/api/privacy/erasures', { reference, reason: 'Verzoek van de klager.' }, 'operator');
  expect(erased.status).toBe(200);
  const row = await h.register.db.incomingMail.findFirstOrThrow({ where: { reference } });
  expect([row.fromAddress, row.fromName, row.subject, row.text, row.status]).toEqual(['', null, '', '', 'matched']);
});

/** Takes \Seen off every mail, as a crash between the register and the mailbox would have left them. */
async function unmarkAll(): Promise<void> {
  const url = new URL(imap.url);
  const client = new ImapFlow({
    host: url.hostname,
    port: Number(url.port),
    secure: false,
    auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) },
    logger: false,
  });
  await client.connect();
  const lock = await client.getMailboxLock('INBOX');
  try {
    await client.messageFlagsRemove('1:*', ['\\Seen']);
  } finally {
    lock.release();
  }
  await client.logout();
}
