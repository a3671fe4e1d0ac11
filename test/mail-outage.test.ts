/**
 * R3/R10: the acknowledgement must reach the complainant before day 14 ends, also when the mail server
 * is down at the moment it is due. A short lead keeps the number of retries (real SMTP attempts) small:
 * each takes the time-skipping server about a tenth of a second. So does a desk open every day with a post
 * that delivers within hours: with the default calendar and post, an acknowledgement is due three to five
 * days before the term ends, so that a letter could still arrive (R3), and those days of retries took 24 s.
 */
import * as actions from '../domain/actions';
import { MANAGER, mailsAbout, startHarness, writtenComplaint, type Harness } from './support/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    ACKNOWLEDGEMENT_LEAD: '6 hours',
    WORKING_DAYS: '1,2,3,4,5,6,7',
    PUBLIC_HOLIDAYS: 'none',
    LETTER_POSTING_TIME: '1 hour',
    POSTAL_DELIVERY_TIME: '1 hour',
  });
});
afterAll(async () => {
  await h?.stop();
});

async function sleepUntil(iso: string): Promise<void> {
  const ms = Date.parse(iso) - (await h.now()).getTime();
  if (ms > 0) await h.env.sleep(ms);
}

const HOUR = 3600_000;
const shift = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

test('R3/R10: the mail server is down when the acknowledgement is due; back within the lead, it still arrives before day 14 ends', async () => {
  const email = 'outage-short@example.nl';
  const ref = await h.file(writtenComplaint({ complainant: { name: 'Eva Visser', email } }));
  const { replyDueAt, deadlines } = await h.status(ref);
  const ackDue = deadlines.find((d) => d.name === 'acknowledgement')!.due;

  h.smtp.setDown(true);
  await sleepUntil(shift(ackDue, 3 * HOUR));
  expect(h.smtp.to(email)).toHaveLength(0);
  h.smtp.setDown(false);

  await sleepUntil(shift(replyDueAt!, -1 * 60_000));
  const [ack] = await h.smtp.waitFor(email, 1);
  expect(ack.subject).toBe(`Onze reactie op uw klacht volgt later (${ref})`);
  expect(mailsAbout(h, MANAGER, ref)).toHaveLength(0);
});

test('R4/R10: when the mail server stays down past the deadline, a manager is told and it is on record', async () => {
  const email = 'outage-long@example.nl';
  const ref = await h.file(writtenComplaint({ complainant: { name: 'Bram de Boer', email } }));
  const { replyDueAt } = await h.status(ref);

  h.smtp.setDown(true);
  await sleepUntil(shift(replyDueAt!, 1 * HOUR));
  h.smtp.setDown(false);
  await h.env.sleep('1 hour');

  const [notice] = await h.smtp.waitFor(MANAGER, 1);
  expect(notice.subject).toBe(`Bericht niet verzonden: ${ref}`);
  expect(notice.text).toContain('Neem op een andere manier contact op met de klager');
  const failure = await h.register.db.complaintEvent.findFirst({ where: { reference: ref, action: 'message_failed' } });
  expect(JSON.parse(failure!.detail)).toEqual({ message: 'acknowledgement', due: replyDueAt });
  const message = await h.register.db.message.findFirstOrThrow({
    where: { reference: ref, purpose: 'acknowledgement' },
  });
  expect(message.status).toBe('pending'); // never sent, and visible as such in the register
});

test('R4: a reply the mail server refuses for good (550) is not retried: it is on record and a manager is told', async () => {
  const email = 'no-such-user@example.nl';
  h.smtp.refuse(email);
  const noticesBefore = h.smtp.to(MANAGER).length;
  const ref = await h.file(writtenComplaint({ complainant: { name: 'Olga Smit', email } }));
  await h.workflow(ref).executeUpdate(actions.updateOf('reply-sent'), {
    args: [{ by: 'handler-1', channel: 'email', text: 'Ons antwoord.' }],
  });
  const notices = await h.smtp.waitFor(MANAGER, noticesBefore + 1);
  expect(notices.at(-1)!.subject).toBe(`Bericht niet verzonden: ${ref}`);
  await h.env.sleep('1 day');
  expect(h.smtp.attempts(email)).toBe(1);
  const failure = await h.register.db.complaintEvent.findFirstOrThrow({
    where: { reference: ref, action: 'message_failed' },
  });
  expect(JSON.parse(failure.detail)).toMatchObject({ message: 'reply' });
});
