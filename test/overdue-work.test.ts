/**
 * R4/R7/R6: work left undone is brought to someone, without end-of-time growth. An overdue callback is
 * reminded a bounded number of times and then escalated once to a manager; an answered complaint that
 * is never closed is reminded, so the categories that reports need (R6) get recorded.
 */
import { MANAGER, STAFF, mailsAbout, oralComplaint, useHarness, writtenComplaint } from './support/harness';

const h = useHarness();

test('R7/R4: an overdue callback is reminded CALLBACK_MAX_REMINDERS times (default 3), then escalated once to a manager', async () => {
  const res = await h.intake(oralComplaint({ complainant: { name: 'Wim Wacht', phone: '074 555 6666' } }));
  const ref = res.body.complaint.reference;
  await h.env.sleep('30 days');
  const reminders = mailsAbout(h, STAFF, ref).map((m) => m.subject);
  expect(reminders).toEqual([1, 2, 3].map(() => `Terugbellen te laat: ${ref}`));
  expect(mailsAbout(h, MANAGER, ref).map((m) => m.subject)).toEqual([`Escalatie: terugbellen blijft uit voor ${ref}`]);
  const events = await h.register.db.complaintEvent.findMany({ where: { reference: ref } });
  expect(events.filter((e) => e.action === 'callback_escalated')).toHaveLength(1);
});

test('R7/R4: a complaint never called back for a year keeps a bounded history', async () => {
  const res = await h.intake(oralComplaint({ complainant: { name: 'Jaar Lang', phone: '074 777 8888' } }));
  const ref = res.body.complaint.reference;
  await h.env.sleep('365 days');
  const history = await h.workflow(ref).fetchHistory();
  // Three reminders and one escalation, each a timer, a mail and a record: a few dozen events, not thousands.
  expect(history.events!.length).toBeLessThan(100);
  expect((await h.status(ref)).phase).toBe('awaiting_callback');
});

test('R6/R4: an answered complaint that is not closed gets a reminder to close and categorise it, once', async () => {
  const res = await h.intake(writtenComplaint({ complainant: { name: 'Open Eind', email: 'open-eind@example.nl' } }));
  const ref = res.body.complaint.reference;
  await h.act(ref, 'reply-sent', { channel: 'elsewhere' }, 'handler').expect(200);
  await h.env.sleep('6 days');
  expect(mailsAbout(h, STAFF, ref)).toHaveLength(0);
  await h.env.sleep('30 days');
  expect(mailsAbout(h, STAFF, ref).map((m) => m.subject)).toEqual([`Herinnering: klacht ${ref} afsluiten`]);
  expect(
    (await h.register.db.complaintEvent.findMany({ where: { reference: ref, action: 'close_reminder' } })).length,
  ).toBe(1);
});

test('R6/R4: a reopened complaint answered again and left open gets its own reminder to close it', async () => {
  const res = await h.intake(writtenComplaint({ complainant: { name: 'Twee Keer', email: 'twee-keer@example.nl' } }));
  const ref = res.body.complaint.reference;
  await h.act(ref, 'reply-sent', { channel: 'elsewhere' }, 'handler').expect(200);
  await h.env.sleep('8 days');
  await h.act(ref, 'close', { resolution: 'Beantwoord', category: 'x', cause: 'y' }, 'handler').expect(200);
  await h.act(ref, 'reopen', { reason: 'Klager is het er niet mee eens.' }, 'manager').expect(200);
  await h.act(ref, 'reply-sent', { channel: 'elsewhere' }, 'handler').expect(200);
  await h.env.sleep('8 days');
  expect(mailsAbout(h, STAFF, ref).map((m) => m.subject)).toEqual([
    `Herinnering: klacht ${ref} afsluiten`,
    `Herinnering: klacht ${ref} afsluiten`,
  ]);
});
