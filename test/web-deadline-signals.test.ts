/**
 * What the desk relies on to see what is due, in a browser (Debian's Chromium): the inbox, its "only
 * overdue" filter, its counts and the complaint page agree on a complaint's next deadline (issue 19).
 */
import type { Page } from 'playwright-core';
import { addDays } from '../domain/calendar';
import { formats } from '../web/format';
import { until, useBrowserApp } from './support/browser';
import { useHarness, writtenComplaint } from './support/harness';

const h = useHarness();
const b = useBrowserApp(h);
const PASSWORD = 'correct paard batterij nietje';
const nl = () => formats('nl', h.config.terms.timeZone);

beforeAll(async () => {
  await h.register.db.staffAccount.update({ where: { id: 'desk' }, data: { name: 'Daan de Balie' } });
  await b.givePassword('desk', PASSWORD);
  await b.givePassword('handler-1', PASSWORD);
});

async function asDesk(login = 'desk'): Promise<Page> {
  const page = await b.page();
  await b.signIn(page, login, PASSWORD);
  return page;
}

/** The inbox row of complaint `reference` on the inbox at `url`. */
const rowOf = (page: Page, reference: string) => page.locator('table.complaints tbody tr', { hasText: reference });

test('issue 19 item 1, R10/R4: a complaint entered after its term and acknowledged with a promise shows the promised date in the inbox, on its page and is not in "Alleen te laat"', async () => {
  const receivedAt = addDays(await h.today(), -20);
  const res = await h.intake(writtenComplaint({ channel: 'letter', receivedAt, subject: 'Laat ingevoerd' }));
  expect(res.status).toBe(201);
  const ref: string = res.body.complaint.reference;
  await h.env.sleep('1 minute'); // the workflow acknowledges what is already due
  const promised = (await until(async () => (await h.status(ref)).acknowledgements.at(-1))).expectedBy;
  await until(
    async () => (await h.register.db.complaint.findUnique({ where: { reference: ref } }))?.status === 'acknowledged',
  );
  const shown = `uiterlijk ${nl().day(promised)}`;

  const page = await asDesk();
  await page.goto('/app');
  const row = rowOf(page, ref);
  await expect(row.locator('td').last().textContent()).resolves.toBe(shown);
  expect(await row.getAttribute('class')).toBeNull(); // not 'is-overdue'

  await page.goto('/app?overdue=1');
  expect(await rowOf(page, ref).count()).toBe(0);
  expect(await page.locator('.summary').textContent()).not.toMatch(/te laat/);

  await page.goto(`/app/complaints/${ref}`);
  // Issue 19 item 11: a receipt known by its date only shows the day, no made-up "00:00".
  expect(await page.locator('dt:text-is("Ontvangen") + dd').first().textContent()).toBe(nl().day(receivedAt));
  const next = await page.locator('.standing__next').textContent();
  expect(next).toContain(shown);
  expect(next).not.toContain('Te laat');
  await page.context().close();
});

test('issue 19 item 2, R9: the deadline proof waits for a reply letter to be posted before it calls the reply term met', async () => {
  const res = await h.intake(writtenComplaint({ subject: 'Antwoord per brief' }));
  const ref: string = res.body.complaint.reference;
  await h.act(ref, 'reply-sent', { channel: 'letter', text: 'Ons antwoord per brief.' }, 'handler').expect(200);
  await until(() =>
    h.register.db.message.findFirst({ where: { reference: ref, purpose: 'reply', status: 'to_post' } }),
  );
  const page = await asDesk();
  await page.goto(`/app/complaints/${ref}`);
  const replyTerm = () => page.locator('table.proof tr', { hasText: 'antwoordtermijn' }).textContent();
  expect(await replyTerm()).toContain('Wacht op posten van de brief');
  expect(await replyTerm()).not.toContain('Gehaald');

  await page.locator('.timeline__item--message', { hasText: 'nog te posten' }).getByRole('button').click();
  await page.waitForURL(/done=posted/);
  expect(await replyTerm()).toContain('Gehaald');
  // Issue 19 item 11: the posted letters say who posted it by the person's name, not "door desk".
  await page.goto('/app/letters?status=posted');
  expect(await page.locator('table.letters tbody tr', { hasText: ref }).textContent()).toContain('door Daan de Balie');
  await page.goto(`/app/complaints/${ref}`);
  // Issue 19 item 11: the proof's column does not say a running term "ran out"; a posted letter says which.
  expect(await page.locator('table.proof thead').textContent()).toContain('Einde termijn');
  expect(await page.locator('table.proof thead').textContent()).not.toContain('Liep af');
  const posted = page.locator('.timeline__item--step', { hasText: 'Brief gepost' });
  expect(await posted.locator('.timeline__details').textContent()).toMatch(/Welke brief\s*Reactie/);
  await page.context().close();
});

test('issue 19 item 11, R9: the reply text is marked required for an e-mail or a letter, and after an e-mailed reply the page says it was e-mailed', async () => {
  const res = await h.intake(
    writtenComplaint({
      subject: 'Antwoord per e-mail',
      complainant: { name: 'Zoë Dijk', email: 'zoe.dijk@example.nl' },
    }),
  );
  const ref: string = res.body.complaint.reference;
  const page = await asDesk('handler-1');
  await page.goto(`/app/complaints/${ref}`);
  // Issue 19 item 11: staff labels carry no rule codes; the rule is in the label's tooltip.
  const titles = await page.locator('details.action > summary .action__title').allTextContents();
  expect(titles.filter((t) => /\bR\d+\b/.test(t))).toEqual([]);
  expect(await page.locator('.action__title [title="R9"]').textContent()).toBe('Reactie versturen');
  await page.locator('details.action > summary', { hasText: 'Reactie versturen' }).click();
  const form = page.locator('form[action$="/actions/reply-sent"]');
  const label = await form.locator('label', { hasText: 'Tekst van de reactie' }).textContent();
  expect(label).toContain('(verplicht bij e-mail en brief)');
  expect(label).not.toContain('(niet verplicht)');
  await form.getByLabel(/^Per e-mail/).check();
  await form.getByLabel(/^Tekst van de reactie/).fill('Wij hebben het opgelost.');
  await form.getByRole('button', { name: 'Reactie versturen' }).click();
  await page.waitForURL('**?done=reply-sent');
  await h.smtp.waitFor('zoe.dijk@example.nl', 1);
  await until(() => h.register.db.message.findFirst({ where: { reference: ref, purpose: 'reply', status: 'sent' } }));
  await page.reload();
  expect(await page.locator('.notice[role=status]').first().textContent()).toBe(
    'De reactie is per e-mail naar de klager verstuurd.',
  );
  await page.context().close();
});

test("issue 19 item 11: no ISO dates inside Dutch text: a step's dates in the timeline are written as people write them", async () => {
  const ref: string = (await h.intake(writtenComplaint({ subject: 'Datums in woorden' }))).body.complaint.reference;
  const closedBefore = new Date((await h.now()).getTime() - 400 * 86_400_000);
  // A step as retention records it (the moment before which closed complaints are anonymised).
  await h.register.db.complaintEvent.create({
    data: {
      key: `${ref}/retention-check`,
      reference: ref,
      actor: 'system',
      action: 'note',
      detail: JSON.stringify({ retention: closedBefore.toISOString(), expectedBy: await h.today() }),
      at: await h.now(),
    },
  });
  const page = await asDesk();
  await page.goto(`/app/complaints/${ref}`);
  const timeline = (await page.locator('.timeline').textContent())!;
  expect(timeline).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  expect(timeline).toContain(nl().day(await h.today()));
  await page.context().close();
});

test('R4: the timeline shows steps of one moment in the order the workflow took them, whichever reached the register first', async () => {
  const ref: string = (await h.intake(writtenComplaint({ subject: 'Volgorde' }))).body.complaint.reference;
  // Two steps of one workflow task, the newer received first: the workflow records its steps side by side.
  const at = new Date((await h.now()).getTime() + 60_000);
  for (const [n, handler] of [
    [11, 'desk'],
    [10, 'handler-1'],
  ] as const)
    await h.register.db.complaintEvent.create({
      data: {
        key: `${ref}/event-${n}`,
        reference: ref,
        actor: 'manager',
        action: 'assigned',
        detail: JSON.stringify({ handler }),
        at,
      },
    });
  const page = await asDesk();
  await page.goto(`/app/complaints/${ref}`);
  const assigned = await page.locator('.timeline__item--step', { hasText: 'Toegewezen' }).allTextContents();
  expect(assigned.map((text) => (text.includes('Daan de Balie') ? 'desk' : 'handler-1'))).toEqual([
    'handler-1',
    'desk',
  ]);
  await page.context().close();
});
