/**
 * AVG/GDPR, retention (issue 18): complaints closed or withdrawn longer ago than RETENTION_AFTER_CLOSING
 * are anonymised by the retention workflow (what its daily Schedule starts; the Schedule itself is checked
 * on the dev server in retention-schedule.test.ts). Complaints with every kind of personal data go
 * through the real procedure; afterwards no column of their register rows holds any of it, the reports
 * give the same figures, and only references and counts passed through Temporal.
 */
import request from 'supertest';
import { createApp } from '../api/app';
import { TASK_QUEUE } from '../domain/actions';
import { addDays } from '../domain/calendar';
import type { RetentionSwept } from '../domain/privacy';
import { useHarness } from './support/harness';
import { personalValues, registerRowsOf, type Person } from './support/personal-data';

const h = useHarness({
  RECEIPT_CONFIRMATION: 'true',
  RETENTION_AFTER_CLOSING: '30 days',
  REOPEN_WINDOW: '7 days',
});

function person(tag: string): Person {
  return {
    name: `Wilhelmina ${tag}`,
    email: `w.${tag.toLowerCase()}@example.nl`,
    phone: `074 ${tag.length}55 88${tag.length}7`,
    address: `Vergeetstraat ${tag.length}\n7622 ZZ Borne`,
    subject: `Parkeervergunning ${tag} kwijt`,
    description: `Mijn aanvraag ${tag} voor een parkeervergunning is zoekgeraakt.`,
    note: `Klant ${tag} belde boos terug.`,
    incoming: `Mevrouw ${tag} meldt dat ze nog steeds niets heeft.`,
    way: `Wij vragen de afdeling vergunningen ${tag} om uitleg.`,
    reply: `Wij hebben uw vergunning ${tag} alsnog verstrekt.`,
    resolution: `Vergunning ${tag} verstrekt`,
    reason: `Mevrouw ${tag} trekt de klacht in na een gesprek.`,
    comment: `Eindelijk geregeld ${tag}, dank.`,
  };
}

/** A complaint with every kind of personal data the register can hold, up to its reply. */
async function answered(p: Person): Promise<{ ref: string; token: string }> {
  const res = await h.intake({
    channel: 'email',
    complainant: { name: p.name, email: p.email, phone: p.phone },
    subject: p.subject,
    description: p.description,
    service: 'vergunningen',
  });
  expect(res.status).toBe(201);
  const ref = res.body.complaint.reference as string;
  await h.post(`/api/complaints/${ref}/notes`, { text: p.note }, 'handler').expect(201);
  await h.post(`/api/complaints/${ref}/incoming`, { channel: 'phone', text: p.incoming }, 'handler').expect(201);
  await request(h.app)
    .patch(`/api/complaints/${ref}/complainant`)
    .set(h.as('intake'))
    .send({ address: p.address })
    .expect(200);
  const expectedBy = addDays(await h.today(), 20);
  await h.act(ref, 'cannot-answer-in-time', { way: p.way, expectedBy }, 'handler').expect(200);
  await h.act(ref, 'reply-sent', { channel: 'email', text: p.reply }, 'handler').expect(200);
  return { ref, token: (res.body.statusUrl as string).split('/status/')[1] };
}

async function closed(p: Person): Promise<string> {
  const { ref, token } = await answered(p);
  const close = {
    resolution: p.resolution,
    category: 'vergunningen',
    cause: 'zoekgeraakt',
    correctiveAction: 'Postregistratie',
  };
  await h.act(ref, 'close', close, 'handler').expect(200);
  await request(h.app)
    .post(`/api/public/status/${token}/satisfaction`)
    .send({ score: 2, comment: p.comment })
    .expect(200);
  return ref;
}

async function withdrawn(p: Person): Promise<string> {
  const { ref } = await answered(p);
  await h.act(ref, 'withdraw', { reason: p.reason }, 'intake').expect(200);
  return ref;
}

/** Messages go out in the background: the figures are compared once none is on its way. */
async function allSent(): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (!(await h.register.db.message.count({ where: { status: 'pending' } }))) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('messages still pending after 10 seconds');
}

test('AVG: past RETENTION_AFTER_CLOSING, closed and withdrawn complaints are anonymised — nothing personal in any column — and the reports give the same figures', async () => {
  const old = { closed: person('Oudgesloten'), withdrawn: person('Ingetrokken'), open: person('Loopt') };
  const refs = {
    closed: await closed(old.closed),
    withdrawn: await withdrawn(old.withdrawn),
    open: (await answered(old.open)).ref,
  };
  const from = await h.today();
  await h.env.sleep('31 days');
  const recent = person('Recentgesloten');
  const recentRef = await closed(recent);

  // Waiting for a workflow's result lets the test server's clock jump to the next timer: both summaries
  // are measured for the same period at the same moment.
  const at = await h.now();
  const to = await h.today();
  const app = createApp({
    db: h.register.db,
    client: h.env.client,
    config: h.config,
    keys: h.keys,
    mailer: h.mailer,
    clock: async () => at,
  });
  const summary = async () =>
    (await request(app).get(`/api/reports/summary?from=${from}&to=${to}`).set(h.as('manager')).expect(200)).body;
  await allSent();
  const before = await summary();
  const kept = await h.register.db.complaint.findUniqueOrThrow({ where: { reference: refs.closed } });
  expect(before.current.volume.total).toBe(4);

  const sweep = () =>
    h.env.client.workflow.execute('retentionWorkflow', {
      taskQueue: TASK_QUEUE,
      workflowId: `retention-${Date.now()}`,
      args: [{ retentionMs: h.config.retention.afterClosingMs }],
    }) as Promise<RetentionSwept>;
  const swept = await sweep();
  expect(swept).toMatchObject({ anonymised: 2, more: false });
  // The cut-off is the run's own moment less the retention period.
  expect(Date.parse(swept.closedBefore) - (at.getTime() - 30 * 86_400_000)).toBeLessThan(60_000);
  expect(await summary()).toEqual(before);

  for (const [which, ref] of [
    ['closed', refs.closed],
    ['withdrawn', refs.withdrawn],
  ] as const) {
    const rows = await registerRowsOf(h.register.db, ref);
    const found = personalValues(old[which]).filter((value) =>
      JSON.stringify(rows).toLowerCase().includes(value.toLowerCase()),
    );
    expect({ ref, found }).toEqual({ ref, found: [] });
    expect(rows.complaint.anonymisedAt).not.toBeNull();
    const steps = rows.events.map((e) => e.action);
    expect(steps).not.toContain('incoming_message');
    expect(steps).toContain('note'); // that there was a note stays, its text does not
    const anonymised = rows.events.find((e) => e.action === 'anonymised')!;
    expect(anonymised).toMatchObject({ actor: 'system', detail: JSON.stringify({ retention: swept.closedBefore }) });
  }
  // What reports count stays as it was.
  const after = await h.register.db.complaint.findUniqueOrThrow({ where: { reference: refs.closed } });
  for (const column of [
    'reference',
    'channel',
    'service',
    'category',
    'cause',
    'correctiveAction',
    'status',
    'receivedAt',
    'closedAt',
    'repliedAt',
    'acknowledgedAt',
    'replyDueAt',
    'satisfactionScore',
    'satisfactionAt',
  ] as const)
    expect({ column, value: after[column] }).toEqual({ column, value: kept[column] });

  // The open complaint and the one closed recently keep everything.
  for (const [ref, p] of [
    [refs.open, old.open],
    [recentRef, recent],
  ] as const) {
    const row = await h.register.db.complaint.findUniqueOrThrow({ where: { reference: ref } });
    expect(row).toMatchObject({ anonymisedAt: null, complainantName: p.name, subject: p.subject });
  }

  // The scan finds what is there: the open complaint's rows still hold its texts everywhere.
  const open = JSON.stringify(await registerRowsOf(h.register.db, refs.open));
  for (const value of [old.open.name, old.open.email, old.open.note, old.open.incoming, old.open.way, old.open.reply])
    expect(open).toContain(JSON.stringify(value).slice(1, -1));

  // An anonymised complaint takes nothing personal back in.
  const note = await h.post(`/api/complaints/${refs.closed}/notes`, { text: 'Nog iets' }, 'handler');
  expect(note.status).toBe(409);
  expect(note.body.error).toBe(`complaint ${refs.closed} is anonymised`);

  // Run again: nothing left to do.
  expect((await sweep()).anonymised).toBe(0);
});

test('AVG: the retention sweep hands Temporal references and counts only', async () => {
  const p = person('Geschiedenis');
  const ref = await closed(p);
  await h.env.sleep('31 days');
  const workflowId = `retention-history-${Date.now()}`;
  const result: RetentionSwept = await h.env.client.workflow.execute('retentionWorkflow', {
    taskQueue: TASK_QUEUE,
    workflowId,
    args: [{ retentionMs: h.config.retention.afterClosingMs }],
  });
  // (The clock may have passed the first test's recent complaint's retention too.)
  expect(result.anonymised).toBeGreaterThanOrEqual(1);
  const history = await h.env.client.workflow.getHandle(workflowId).fetchHistory();
  const completed = history.events!.filter((e) => e.activityTaskCompletedEventAttributes);
  expect(completed).toHaveLength(1);
  const [payload] = completed[0].activityTaskCompletedEventAttributes!.result!.payloads!;
  const [decoded] = await h.env.client.options.loadedDataConverter.payloadCodecs[0].decode([payload]);
  const { references } = JSON.parse(Buffer.from(decoded.data!).toString());
  expect(references).toContain(ref);
  expect(references).toHaveLength(result.anonymised);
  for (const r of references) expect(r).toMatch(/^KL-\d{4}-\d{5}$/);
});

test('AVG: RETENTION_AFTER_CLOSING must be longer than REOPEN_WINDOW (a complaint that can be reopened keeps its complainant)', async () => {
  const { loadConfig } = await import('../infra/config');
  expect(() => loadConfig({ RETENTION_AFTER_CLOSING: '60 days', REOPEN_WINDOW: '90 days' })).toThrow(
    'RETENTION_AFTER_CLOSING: must be longer than REOPEN_WINDOW',
  );
  expect(loadConfig({}).retention).toEqual({ afterClosingMs: 730 * 86_400_000, hour: 3, historyMs: 30 * 86_400_000 });
});
