/**
 * Issue 21: "E-mail te beoordelen" in a browser (Debian's Chromium). Mails come through a real mailbox
 * (Dovecot over IMAP); those that name no complaint wait in the triage list with their age. Staff register
 * one as a written complaint, prefilled from the mail, whose R9 term counts from the mail's receipt; add
 * one to an existing complaint's timeline; and set one aside with a reason.
 */
import type { Page } from 'playwright-core';
import MailComposer from 'nodemailer/lib/mail-composer';
import { takeInMail } from '../activities/mailbox/take-in';
import { attachmentStore } from '../infra/attachment-store';
import { termEnds } from '../domain/calendar';
import { seriousViolations, useBrowserApp } from './support/browser';
import { useHarness, writtenComplaint } from './support/harness';
import { startImapServer, type ImapServer } from './support/imap-server';

// Filled before the harness starts (its beforeAll comes after this one and reads the same object).
const env: Record<string, string> = {};
let imap: ImapServer;
beforeAll(async () => {
  imap = await startImapServer();
  env.MAILBOX_URL = imap.url;
});
afterAll(async () => {
  await imap?.stop();
});

const h = useHarness(env);
const b = useBrowserApp(h);
const PASSWORD = 'correct paard batterij nietje';

beforeAll(async () => {
  await b.givePassword('desk', PASSWORD);
});

async function desk(): Promise<Page> {
  const page = await b.page();
  await b.signIn(page, 'desk', PASSWORD);
  return page;
}

let sent = 0;
/** Delivers a mail (with files, if given) into the mailbox, received now by the test server's clock, and takes it in. */
async function mailIn(
  from: string,
  subject: string,
  text: string,
  attachments: { filename: string; content: Buffer }[] = [],
): Promise<Date> {
  sent += 1;
  const receivedAt = await h.now();
  const raw = await new MailComposer({
    from,
    to: 'klachten@balansborne.test',
    subject,
    text,
    messageId: `<triage-${sent}-${receivedAt.getTime()}@example.nl>`,
    attachments,
  })
    .compile()
    .build();
  await imap.deliver(raw, receivedAt);
  await takeInMail({
    db: h.register.db,
    ...h.config.mailbox!,
    files: {
      db: h.register.db,
      store: attachmentStore(h.config.attachments.dir, h.keys),
      limits: h.config.attachments,
    },
  });
  return receivedAt;
}

test("issue 21/R9: a mail in triage is registered as a written complaint, prefilled from the mail and with its PDF, its term counted from the mail's receipt two days before", async () => {
  const receivedAt = await mailIn(
    'Gerda Smit <gerda@example.nl>',
    'Rekening twee keer betaald',
    'Ik heb de rekening van maart twee keer betaald en krijg het geld niet terug.',
    [
      { filename: 'rekening.pdf', content: Buffer.from('%PDF-1.4\n% de rekening\n%%EOF\n') },
      { filename: 'programma.exe', content: Buffer.from('MZ\x90\x00') },
    ],
  );
  await h.env.sleep('2 days');

  const page = await desk();
  await page.getByRole('link', { name: 'E-mail te beoordelen' }).click();
  await page.waitForURL(/\/app\/mailbox$/);
  const row = page.getByRole('row', { name: /Rekening twee keer betaald/ });
  await expectText(row, '2 dagen');
  expect(await seriousViolations(page)).toEqual([]);
  await b.screenshot(page, 'mailbox-laptop');

  await row.getByRole('link', { name: 'Rekening twee keer betaald' }).click();
  expect(await page.getByLabel('Naam van de klager').inputValue()).toBe('Gerda Smit');
  expect(await page.getByLabel('E-mailadres van de klager').inputValue()).toBe('gerda@example.nl');
  expect(await page.getByLabel('Omschrijving').inputValue()).toContain('twee keer betaald');
  expect(await page.locator('[aria-labelledby=mail-files-title] li').allTextContents()).toEqual([
    expect.stringContaining('rekening.pdf'),
  ]);
  expect(await seriousViolations(page)).toEqual([]);
  await b.screenshot(page, 'mailbox-mail-laptop');
  await page.getByRole('button', { name: 'Klacht registreren' }).click();
  await page.waitForURL(/\/app\/complaints\/KL-\d{4}-\d{5}\?done=registered$/);
  const reference = /(KL-\d{4}-\d{5})/.exec(page.url())![1];

  const complaint = await h.register.db.complaint.findUniqueOrThrow({ where: { reference } });
  // The mailbox keeps whole seconds (INTERNALDATE).
  expect(Math.abs(complaint.receivedAt.getTime() - receivedAt.getTime())).toBeLessThan(1000);
  expect(complaint.channel).toBe('email');
  const files = await h.register.db.attachment.findMany({ where: { reference } });
  expect(files.map((f) => [f.fileName, f.source])).toEqual([['rekening.pdf', 'complainant']]);
  const { replyDueAt } = await h.status(reference);
  expect(replyDueAt).toBe(termEnds(complaint.receivedAt.toISOString(), 14, h.config.terms.timeZone));
  const mail = await h.register.db.incomingMail.findFirstOrThrow({ where: { fromAddress: 'gerda@example.nl' } });
  expect([mail.status, mail.reference, mail.decidedBy]).toEqual(['registered', reference, 'desk']);

  // Gone from the list; a second post of the same form makes no second complaint.
  await page.goto('/app/mailbox');
  expect(await page.getByRole('row', { name: /Rekening twee keer betaald/ }).count()).toBe(0);
  const again = await page.request.post(`/app/mailbox/${mail.id}/register`, {
    form: { _csrf: await csrfOf(page), name: 'Gerda Smit', subject: 'x', description: 'y' },
    headers: { Origin: b.base },
  });
  expect(again.status()).toBe(200);
  expect(again.url()).toContain(reference);
  expect(await h.register.db.complaint.count({ where: { complainantEmail: 'gerda@example.nl' } })).toBe(1);
});

test("issue 21: a mail in triage is added to an existing complaint's timeline by its reference, and another set aside with a reason", async () => {
  const reference = await h.file(writtenComplaint({ complainant: { name: 'Hans Mol', email: 'hans@example.nl' } }));
  await mailIn('hans.mol@elders.nl', 'Nog een vraag', 'Ik schrijf vanaf een ander adres over mijn klacht.');
  await mailIn('nieuwsbrief@winkel.nl', 'Aanbiedingen', 'Deze week alles half geld.');

  const page = await desk();
  await page.goto('/app/mailbox');
  await page.getByRole('link', { name: 'Nog een vraag' }).click();
  await page.getByLabel('Kenmerk van de klacht').fill('KL-1999-99999');
  await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await expectText(page.locator('.error-summary'), 'er is geen klacht met dit kenmerk');
  await page.getByLabel('Kenmerk van de klacht').fill(reference);
  await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await page.waitForURL(new RegExp(`/app/complaints/${reference}\\?done=incoming$`));
  await expectText(page.locator('body'), 'Ik schrijf vanaf een ander adres over mijn klacht.');

  await page.goto('/app/mailbox');
  await page.getByRole('link', { name: 'Aanbiedingen' }).click();
  await page.getByLabel('Waarom is dit geen klacht?').fill('Reclame, geen klacht.');
  await page.getByRole('button', { name: 'Terzijde leggen' }).click();
  await page.waitForURL(/\/app\/mailbox\?done=set_aside$/);
  await expectText(page.locator('.notice'), 'terzijde gelegd');
  const aside = await h.register.db.incomingMail.findFirstOrThrow({ where: { fromAddress: 'nieuwsbrief@winkel.nl' } });
  expect([aside.status, aside.reason, aside.decidedBy]).toEqual(['set_aside', 'Reclame, geen klacht.', 'desk']);
  await expectText(page.locator('.empty'), 'Er is geen e-mail te beoordelen.');
});

async function expectText(locator: { textContent(): Promise<string | null> }, text: string) {
  expect(await locator.textContent()).toContain(text);
}

const csrfOf = (page: Page) => page.locator('input[name=_csrf]').first().inputValue();

test('no page of this file made the browser report an error (a CSP refusal of an inline style or script would)', () => {
  expect(b.consoleErrors).toEqual([]);
});
