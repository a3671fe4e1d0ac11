/**
 * Issue 22: the what-if as a Temporal workflow. POST starts a run, the same request again joins it (one
 * workflow ID, a hash of the request), and asking at its Location gives `running` until the answer is in
 * — the same answer the synchronous GET gives for the same request.
 */
import { WHAT_IF_KEPT_MS } from '../api/reports/what-if-runs';
import { BUNDLE_PATH } from './support/paths';
import { useHarness, writtenComplaint } from './support/harness';

const DAY = 24 * 60 * 60 * 1000;

// The replay inside the activity loads the bundle the tests built, rather than bundling again.
const h = useHarness({ WORKFLOW_BUNDLE: BUNDLE_PATH });

async function answerAt(location: string): Promise<Record<string, unknown>> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const res = await h.get(location, 'manager').expect(200);
    if (res.body.status !== 'running') return res.body;
    if (Date.now() > deadline) throw new Error(`${location} still running`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

test('R6/issue 22: POST /api/reports/what-if runs as a workflow; the same request joins its run; the answer is the synchronous one', async () => {
  const day = await h.today();
  const reference = await h.file(writtenComplaint());
  await h.file(writtenComplaint());
  await h.env.sleep(2 * DAY);
  expect((await h.act(reference, 'reply-sent', { channel: 'email', text: 'Ons antwoord.' }, 'handler')).status).toBe(
    200,
  );

  const body = { from: day, to: day, set: ['REPLY_TERM_DAYS=10', 'REPLY_TERM_IN_WORKING_DAYS=true'] };
  const first = await h.post('/api/reports/what-if', body, 'manager').expect(202);
  expect(first.headers.location).toMatch(/^\/api\/reports\/what-if\/runs\/what-if-[0-9a-f]{20}$/);
  // The same request, its settings in another order: the same run.
  const again = await h.post('/api/reports/what-if', { ...body, set: [...body.set].reverse() }, 'manager').expect(202);
  expect(again.headers.location).toBe(first.headers.location);
  // Another request is another run.
  const other = await h.post('/api/reports/what-if', { from: day, to: day }, 'manager').expect(202);
  expect(other.headers.location).not.toBe(first.headers.location);

  const { status, ...answer } = await answerAt(first.headers.location);
  expect(status).toBe('done');
  expect(answer).toMatchObject({ period: { from: day, to: day }, faithfulness: { of: 2 } });

  const query = `from=${day}&to=${day}&set=REPLY_TERM_DAYS=10&set=REPLY_TERM_IN_WORKING_DAYS=true`;
  const sync = await h.get(`/api/reports/what-if?${query}`, 'manager').expect(200);
  expect(answer).toEqual(sync.body);
  // The answer names complaints by reference only: no one's name, address or words.
  expect(JSON.stringify(answer)).not.toMatch(/Jan Jansen|jan@example|Grotestraat|Factuur|factuur/);
  await answerAt(other.headers.location);
});

test('R6/issue 22: a what-if run is for managers; an ID that names no run is a 404; a bad request is a 400 before anything runs', async () => {
  const day = await h.today();
  await h.post('/api/reports/what-if', { from: day, to: day }, 'handler').expect(403);
  await h.get('/api/reports/what-if/runs/what-if-0123456789abcdef0123', 'handler').expect(403);
  await h.get('/api/reports/what-if/runs/what-if-0123456789abcdef0123', 'manager').expect(404);
  await h.get('/api/reports/what-if/runs/KL-2026-00001', 'manager').expect(404);
  const bad = await h.post('/api/reports/what-if', { from: day, to: day, set: 'SMTP_URL=x' }, 'manager').expect(400);
  expect(bad.body.fields).toEqual([expect.objectContaining({ field: 'set', code: 'choose' })]);
});

test('R6/issue 22: a finished run answers the same request for an hour; after that the request runs again', async () => {
  const day = await h.today();
  const body = { from: day, to: day, set: 'CALLBACK_DUE=2h' };
  const first = await h.post('/api/reports/what-if', body, 'manager').expect(202);
  const id = first.headers.location.split('/').pop() as string;
  const runOf = async () => (await h.env.client.workflow.getHandle(id).describe()).runId;
  const answer = await answerAt(first.headers.location);
  const firstRun = await runOf();

  // Asked again at once: the finished run answers, nothing replays.
  expect((await h.post('/api/reports/what-if', body, 'manager').expect(202)).headers.location).toBe(
    first.headers.location,
  );
  expect(await runOf()).toBe(firstRun);
  expect((await h.get(first.headers.location, 'manager').expect(200)).body).toEqual(answer);

  // Asked after the answer has been kept its hour: a new run under the same ID, on the register as it is then.
  await h.env.sleep(WHAT_IF_KEPT_MS + 60_000);
  expect((await h.post('/api/reports/what-if', body, 'manager').expect(202)).headers.location).toBe(
    first.headers.location,
  );
  expect(await runOf()).not.toBe(firstRun);
  expect(await answerAt(first.headers.location)).toMatchObject({ status: 'done', period: { from: day, to: day } });
});
