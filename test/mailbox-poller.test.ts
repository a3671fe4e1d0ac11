/**
 * Issue 21: the mailbox poller workflow against a real Dovecot and the real register. Where the server
 * offers IMAP IDLE, a mail is taken in when it arrives rather than a poll interval later, and where it does
 * not, on the poller's timer; a worker killed in the middle of a round leaves no mail taken in twice, and
 * the next worker finishes the round.
 */
import { ImapFlow } from 'imapflow';
import { Worker } from '@temporalio/worker';
import { createActivities, activityDeps } from '../activities';
import { createMailer } from '../activities/mailer';
import { heartbeating } from '../activities/mailbox/heartbeat';
import { connectionOf, takeInMail } from '../activities/mailbox/take-in';
import { waitForMail } from '../activities/mailbox/wait-for-mail';
import { ensureMailboxPoller } from '../api/mailbox/poller';
import { MAILBOX_POLLER_ID } from '../domain/mailbox';
import { workerDataConverter } from '../infra/payload-codec';
import type { mailboxPollerWorkflow } from '../workflows';
import { startHarness, writtenComplaint, type Harness } from './support/harness';
import { startImapServer, type ImapServer } from './support/imap-server';
import { BUNDLE_PATH } from './support/paths';
import { until } from './support/until';

let imap: ImapServer;
let h: Harness;
const POLL_SECONDS = 60;
const HEARTBEAT_SECONDS = 10;

beforeAll(async () => {
  imap = await startImapServer();
  h = await startHarness({ MAILBOX_URL: imap.url, MAILBOX_POLL_SECONDS: String(POLL_SECONDS) });
});

afterAll(async () => {
  await h?.stop();
  await imap?.stop();
});

let sent = 0;
function mail(from: string, subject: string, text: string): string {
  sent += 1;
  return [
    `From: ${from}`,
    'To: klachten@balansborne.test',
    `Subject: ${subject}`,
    `Message-ID: <poller-${sent}-${process.pid}@example.nl>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    text,
    '',
  ].join('\r\n');
}

const fromOf = (addresses: string[]) => ({ fromAddress: { in: addresses } });

// Its server's mailbox must not share a UIDVALIDITY (the second it was made) with the other's: one register.
test('issue 21: polling otherwise: against a server without IDLE the wait says so at once and the poller takes mail in on its timer', async () => {
  const db = h.register.db;
  const plain = await startImapServer({ capability: 'IMAP4rev1 LITERAL+ SASL-IR LOGIN-REFERRALS ID ENABLE' });
  const taskQueue = 'mailbox-without-idle';
  const mailer = createMailer(h.config.mail);
  const config = { ...h.config, mailbox: { ...h.config.mailbox!, url: plain.url } };
  const pollerWorker = await worker(taskQueue, createActivities(activityDeps(config, db, mailer, h.keys)));
  const running = pollerWorker.run();
  try {
    expect(await waitForMail({ db, url: plain.url }, POLL_SECONDS)).toBe('no-idle');

    const poller = await h.env.client.workflow.start<typeof mailboxPollerWorkflow>('mailboxPollerWorkflow', {
      workflowId: `${MAILBOX_POLLER_ID}-without-idle`,
      taskQueue,
      args: [{ pollSeconds: POLL_SECONDS }],
    });
    // The first round is done and the poller sleeps on its timer: no wait runs.
    await until(async () => (await poller.fetchHistory()).events!.some((e) => e.timerStartedEventAttributes));
    expect(await waitingFor(poller)).toBeUndefined();
    await plain.deliver(mail('sanne@example.nl', 'Geen IDLE', 'Deze server kent geen IDLE.'));
    const where = fromOf(['sanne@example.nl']);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await db.incomingMail.count({ where })).toBe(0);
    // The timer fires (the test server's clock moved on by the interval): the next round takes it in.
    await h.env.sleep(`${POLL_SECONDS} seconds`);
    await until(async () => (await db.incomingMail.count({ where })) === 1, 20_000);
    await poller.terminate('test done');
  } finally {
    pollerWorker.shutdown();
    await running;
    mailer.close();
    await plain.stop();
  }
});

test('issue 21: Dovecot offers IDLE; a mail delivered while the poller waits in IDLE is taken in at once, well before the poll interval; with none, the wait ends after its time', async () => {
  const { options } = connectionOf(imap.url);
  const probe = new ImapFlow({ ...options, logger: false });
  await probe.connect();
  expect(probe.capabilities.has('IDLE')).toBe(true);
  await probe.logout();
  // Nothing comes: a wait ends after its time.
  expect(await waitForMail({ db: h.register.db, url: imap.url }, 1)).toBe('quiet');

  expect(await ensureMailboxPoller(h.env.client, h.config.mailbox)).toBe('running');
  const poller = h.env.client.workflow.getHandle(MAILBOX_POLLER_ID);
  // The first round is done and the wait has begun; a moment more to connect and enter IDLE.
  await until(async () => (await waitingFor(poller)) === 'waitForMail', 20_000);
  await new Promise((resolve) => setTimeout(resolve, 2_000));

  const deliveredAt = Date.now();
  await imap.deliver(mail('ruud@example.nl', 'Stoep kapot', 'Al maanden een gat in de stoep.'));
  const where = fromOf(['ruud@example.nl']);
  // Only IDLE explains it: no timer of the poller fires here (the test server's clock stands still
  // unless a test moves it) and the wait itself lasts up to the poll interval.
  await until(async () => (await h.register.db.incomingMail.count({ where })) === 1, 20_000);
  const delay = Date.now() - deliveredAt;
  console.info(`taken in ${delay} ms after delivery, with a poll interval of ${POLL_SECONDS} s`);
  expect(delay).toBeLessThan(20_000);
  await until(async () => (await imap.flags()).seen === (await imap.flags()).total);

  // The next wait began again: it was the mail that ended the last one, not a failure.
  await until(async () => (await waitingFor(poller)) === 'waitForMail', 20_000);
  expect(await ensureMailboxPoller(h.env.client, undefined)).toBe('stopped');
  await until(async () => (await poller.describe()).status.name === 'CANCELLED');
});

// Last in the file: a workflow closed while one of its activities runs (here terminated in its wait) was seen
// to leave the test server's clock moving only as fast as real time (env.sleep then takes as long as it says).
test('issue 21: a worker killed in the middle of a round, after the register took a mail in and before the mailbox marked it, leaves every mail taken in once; the next worker finishes', async () => {
  const kees = await h.file(writtenComplaint({ complainant: { name: 'Kees Smit', email: 'kees@example.nl' } }));
  const lies = await h.file(writtenComplaint({ complainant: { name: 'Lies Bos', email: 'lies@example.nl' } }));
  await imap.deliver(mail('kees@example.nl', `Re: ${kees}`, 'Hierbij de foto.'));
  await imap.deliver(mail('lies@example.nl', `Re: ${lies}`, 'Ik ben nog niet gebeld.'));
  await imap.deliver(mail('mark@example.nl', 'Vuilnis', 'De container is niet geleegd.'));
  const addresses = ['kees@example.nl', 'lies@example.nl', 'mark@example.nl'];

  // Worker A freezes after the register took Lies's reply in and joined it to her complaint, before the
  // mailbox marks it read: as a process killed there would. It is then shut down by force.
  const mailer = createMailer(h.config.mail);
  const activities = createActivities(activityDeps(h.config, h.register.db, mailer, h.keys));
  let replies = 0;
  let unfreeze: (reason: Error) => void = () => undefined;
  const frozen = new Promise<never>((_, reject) => (unfreeze = reject));
  frozen.catch(() => undefined);
  const taskQueue = 'mailbox-killed-worker';
  const workerA = await worker(taskQueue, {
    ...activities,
    takeInMail: () =>
      heartbeating(() =>
        takeInMail({
          db: h.register.db,
          ...h.config.mailbox!,
          onReply: async () => {
            replies += 1;
            if (replies === 2) await frozen;
          },
        }),
      ),
  });
  const runningA = workerA.run();
  const poller = await h.env.client.workflow.start<typeof mailboxPollerWorkflow>('mailboxPollerWorkflow', {
    workflowId: `${MAILBOX_POLLER_ID}-killed`,
    taskQueue,
    // A short heartbeat timeout: while a round is in flight the test server's clock cannot skip, so the
    // timeout passes in real time.
    args: [{ pollSeconds: POLL_SECONDS, heartbeatSeconds: HEARTBEAT_SECONDS }],
  });
  const replyOfLies = { fromAddress: 'lies@example.nl' };
  await until(async () => (await h.register.db.incomingMail.count({ where: replyOfLies })) === 1, 20_000);
  expect(await h.register.db.incomingMail.count({ where: fromOf(addresses) })).toBe(2);
  expect(await imap.flags()).toMatchObject({ seen: (await imap.flags()).total - 2 });
  workerA.shutdown();
  await expect(runningA).rejects.toThrow();

  // Its heartbeats stop: Temporal gives the round up within the heartbeat timeout and tries again 5 seconds
  // on, on worker B. The round that never finished keeps the test server's clock at real speed, so both pass
  // as on any clock.
  const workerB = await worker(taskQueue, activities);
  const runningB = workerB.run();
  await until(async () => (await h.register.db.incomingMail.count({ where: fromOf(addresses) })) === 3, 60_000);
  await until(async () => (await imap.flags()).seen === (await imap.flags()).total);
  for (const fromAddress of addresses)
    expect(await h.register.db.incomingMail.count({ where: { fromAddress } })).toBe(1);
  for (const reference of [kees, lies])
    expect(await h.register.db.complaintEvent.count({ where: { reference, action: 'incoming_message' } })).toBe(1);

  await poller.terminate('test done');
  workerB.shutdown();
  await runningB;
  unfreeze(new Error('worker A was killed'));
  mailer.close();
}, 150_000);

/** The activity the poller waits on now, if one has started. */
async function waitingFor(handle: ReturnType<Harness['env']['client']['workflow']['getHandle']>) {
  const { raw } = await handle.describe();
  const started = raw.pendingActivities?.find((a) => a.lastStartedTime);
  return started?.activityType?.name;
}

/** A worker of the complaint service on a task queue of this test's own, killable by force within a second. */
function worker(taskQueue: string, activities: ReturnType<typeof createActivities>): Promise<Worker> {
  return Worker.create({
    connection: h.env.nativeConnection,
    namespace: h.env.namespace ?? 'default',
    taskQueue,
    activities,
    dataConverter: workerDataConverter(h.keys),
    workflowBundle: { codePath: BUNDLE_PATH },
    shutdownForceTime: '1 second',
  });
}
