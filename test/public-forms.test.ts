/**
 * The complainant's forms without an account (issue 17, items 2, 5 and 9): the complaint form's intake key
 * is bound to the form and the text it was sent with, so it never hands another complainant's status link
 * to whoever repeats it; posts from another site are refused on every public form; only complaints that
 * were accepted count against the limit, and a refused form keeps what was typed.
 */
import request from 'supertest';
import { useHarness, writtenComplaint } from './support/harness';

const h = useHarness({ TRUST_PROXY: 'loopback', PUBLIC_INTAKE_MAX: '3' });

let clients = 0;
/** A client of its own (a browser with its own cookies) at an address of its own, so limits do not mix. */
function newClient() {
  clients++;
  return { agent: request.agent(h.app), ip: `10.17.${clients}.1` };
}
type Client = ReturnType<typeof newClient>;

/** The hidden fields of the form at `path` as the page gives them to this client. */
async function openForm(client: Client, path = '/klacht'): Promise<Record<string, string>> {
  const page = await client.agent.get(path).set('X-Forwarded-For', client.ip).expect(200);
  const hidden = [...page.text.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)];
  return Object.fromEntries(hidden.map((m) => [m[1], m[2]]));
}

const complaint = (subject: string, overrides: Record<string, string> = {}) => ({
  subject,
  description: `${subject}: zo ging het.`,
  'complainant.name': 'Iris Invul',
  'complainant.email': 'iris@example.nl',
  ...overrides,
});

function post(client: Client, path: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return client.agent.post(path).set('X-Forwarded-For', client.ip).set(headers).type('form').send(fields);
}

const count = (subject: string) => h.register.db.complaint.count({ where: { subject } });
const statusOf = (location: string | undefined) => /\/status\/([A-Za-z0-9_-]{43})/.exec(location ?? '')?.[1];

describe('item 2: the intake key', () => {
  test('R2: the same form sent twice with the same text is one complaint and one status page, counted once', async () => {
    const client = newClient();
    const form = await openForm(client);
    const first = await post(client, '/klacht', { ...form, ...complaint('Dubbel verstuurd') }).expect(303);
    const again = await post(client, '/klacht', { ...form, ...complaint('Dubbel verstuurd') }).expect(303);
    expect(again.headers.location).toBe(first.headers.location);
    expect(await count('Dubbel verstuurd')).toBe(1);
    // The repeat did not count: two more complaints fit under PUBLIC_INTAKE_MAX (3), a third does not.
    for (const subject of ['Tweede klacht', 'Derde klacht']) {
      await post(client, '/klacht', { ...(await openForm(client)), ...complaint(subject) }).expect(303);
    }
    expect((await post(client, '/klacht', { ...(await openForm(client)), ...complaint('Vierde klacht') })).status).toBe(
      429,
    );
  });

  test('the intake key sent again with another text is refused: 409, a Dutch page that keeps what was typed, never the first status link', async () => {
    const client = newClient();
    const form = await openForm(client);
    const first = await post(client, '/klacht', { ...form, ...complaint('Eerste tekst') }).expect(303);
    const other = await post(client, '/klacht', { ...form, ...complaint('Andere tekst') });
    expect(other.status).toBe(409);
    expect(other.headers.location).toBeUndefined();
    expect(other.text).toContain('<html lang="nl"');
    expect(other.text).toContain('Dit formulier is al eens verstuurd, met een andere tekst.');
    expect(other.text).toContain('Andere tekst: zo ging het.');
    expect(other.text).not.toContain(statusOf(first.headers.location));
    expect(await count('Andere tekst')).toBe(0);

    // The page comes back with a key of its own: sent again, it is a complaint of its own.
    const fresh = Object.fromEntries(
      [...other.text.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [m[1], m[2]]),
    );
    expect(fresh.intakeKey).not.toBe(form.intakeKey);
    const resent = await post(client, '/klacht', { ...fresh, ...complaint('Andere tekst') }).expect(303);
    expect(statusOf(resent.headers.location)).not.toBe(statusOf(first.headers.location));
    expect(await count('Andere tekst')).toBe(1);
  });

  test('a repeat from another client, with the same key and even the same text, never gets the first complaint’s status link', async () => {
    const victim = newClient();
    const form = await openForm(victim);
    const filed = await post(victim, '/klacht', { ...form, ...complaint('Van het slachtoffer') }).expect(303);
    const link = statusOf(filed.headers.location)!;

    // The form's fields as a look-alike page would post them, from a client without the form's cookie.
    const stranger = newClient();
    const replay = await post(stranger, '/klacht', { ...form, ...complaint('Van het slachtoffer') });
    expect(replay.status).toBe(403);
    expect(replay.text).toContain('Dit formulier was verlopen, en is nog niet verstuurd.');
    expect(replay.text).toContain('Van het slachtoffer: zo ging het.');
    expect(replay.text).not.toContain(link);
    expect(replay.headers.location ?? '').not.toContain(link);

    // With a form of its own but the victim's key: a complaint of its own, never the victim's page.
    const own = await openForm(stranger);
    const taken = await post(stranger, '/klacht', {
      ...own,
      intakeKey: form.intakeKey,
      ...complaint('Van het slachtoffer'),
    });
    expect(taken.headers.location ?? '').not.toContain(link);
    expect(taken.text).not.toContain(link);
  });

  test('the public JSON intake: the same key and body from the same client get the first answer; another body 422; another client a complaint of its own', async () => {
    const body = {
      complainant: { name: 'Jet Json', email: 'jet@example.nl' },
      subject: 'Json',
      description: 'Via het formulier van een app.',
    };
    const send = (ip: string, sent: object) =>
      request(h.app)
        .post('/api/public/complaints')
        .set('X-Forwarded-For', ip)
        .set('Idempotency-Key', 'json-key-1')
        .send(sent);
    const first = await send('10.18.0.1', body).expect(201);
    const again = await send('10.18.0.1', body).expect(201);
    expect(again.body).toEqual(first.body);
    const other = await send('10.18.0.1', { ...body, description: 'Iets anders.' });
    expect(other.status).toBe(422);
    expect(JSON.stringify(other.body)).not.toContain(first.body.statusUrl);
    const elsewhere = await send('10.18.0.2', body).expect(201);
    expect(elsewhere.body.statusUrl).not.toBe(first.body.statusUrl);
  });
});

describe('item 5: posts from another site', () => {
  const CROSS_SITE: Record<string, Record<string, string>> = {
    'another site (Sec-Fetch-Site)': { 'Sec-Fetch-Site': 'cross-site', Origin: 'https://kwaadwillend.example' },
    'a sibling host (Sec-Fetch-Site: same-site)': {
      'Sec-Fetch-Site': 'same-site',
      Origin: 'http://andere.localhost:3000',
    },
    'another Origin, from a browser without Sec-Fetch-Site': { Origin: 'https://kwaadwillend.example' },
    'an opaque Origin ("null")': { Origin: 'null' },
  };

  test.each(Object.entries(CROSS_SITE))(
    'the complaint form posted from %s is refused with a Dutch page, and nothing is registered',
    async (_name, headers) => {
      const client = newClient();
      const form = await openForm(client);
      const subject = `Van elders ${clients}`;
      const refused = await post(client, '/klacht', { ...form, ...complaint(subject) }, headers);
      expect(refused.status).toBe(403);
      expect(refused.headers['content-type']).toMatch(/^text\/html/);
      expect(refused.text).toContain('<html lang="nl"');
      expect(refused.text).toContain('Formulier niet verstuurd');
      expect(await count(subject)).toBe(0);
    },
  );

  const OWN_SITE: Record<string, Record<string, string>> = {
    'this site (Sec-Fetch-Site: same-origin)': { 'Sec-Fetch-Site': 'same-origin', Origin: 'http://127.0.0.1:4000' },
    'PUBLIC_URL as its Origin': { Origin: 'http://localhost:3000' },
    'the address bar (Sec-Fetch-Site: none)': { 'Sec-Fetch-Site': 'none' },
    'a client that sends neither': {},
  };

  test.each(Object.entries(OWN_SITE))('the complaint form posted from %s is accepted', async (_name, headers) => {
    const client = newClient();
    const form = await openForm(client);
    const subject = `Van hier ${clients}`;
    const filed = await post(client, '/klacht', { ...form, ...complaint(subject) }, headers);
    expect(filed.status).toBe(303);
    expect(statusOf(filed.headers.location)).toBeDefined();
    expect(await count(subject)).toBe(1);
  });

  test('"lost your link?" posted from another site is refused and sends nothing; from this site it is taken', async () => {
    const email = 'link-elders@example.nl';
    const filed = await h.intake(writtenComplaint({ complainant: { name: 'Lot Link', email } })).expect(201);
    const reference: string = filed.body.complaint.reference;
    const client = newClient();
    const form = await openForm(client, '/status');
    const refused = await post(
      client,
      '/status',
      { ...form, reference, email },
      { 'Sec-Fetch-Site': 'cross-site', Origin: 'https://kwaadwillend.example' },
    );
    expect(refused.status).toBe(403);
    expect(refused.text).toContain('Formulier niet verstuurd');
    const taken = await post(client, '/status', { ...form, reference, email }, { 'Sec-Fetch-Site': 'same-origin' });
    expect(taken.status).toBe(303);
    expect(taken.headers.location).toBe('/status?requested=1');
    const mails = await h.smtp.waitFor(email, 1);
    expect(mails).toHaveLength(1);
  });

  test('R6: the satisfaction question posted from another site is refused and records nothing; from the page itself it is recorded', async () => {
    const filed = await h.intake(writtenComplaint()).expect(201);
    const reference: string = filed.body.complaint.reference;
    const token = statusOf(filed.body.statusUrl)!;
    await h.act(reference, 'reply-sent', { channel: 'email', text: 'Ons antwoord.' }, 'handler').expect(200);
    await h.act(reference, 'close', { resolution: 'Beantwoord', category: 'x', cause: 'y' }, 'handler').expect(200);
    const client = newClient();
    const form = await openForm(client, `/status/${token}`);
    const path = `/status/${token}/satisfaction`;
    const refused = await post(
      client,
      path,
      { ...form, score: '1', comment: 'Namens mij door een ander.' },
      { 'Sec-Fetch-Site': 'cross-site', Origin: 'https://kwaadwillend.example' },
    );
    expect(refused.status).toBe(403);
    expect(refused.text).toContain('Formulier niet verstuurd');
    const row = () => h.register.db.complaint.findUniqueOrThrow({ where: { reference } });
    expect((await row()).satisfactionScore).toBeNull();
    await post(client, path, { ...form, score: '4' }, { 'Sec-Fetch-Site': 'same-origin' }).expect(303);
    expect((await row()).satisfactionScore).toBe(4);
  });
});

describe('item 9: the limit counts accepted complaints', () => {
  test('R2: forms refused for their content do not count, and the form refused for the limit (429) keeps what was typed', async () => {
    const client = newClient();
    for (let i = 0; i < 4; i++) {
      const empty = await post(client, '/klacht', { ...(await openForm(client)), subject: '' });
      expect(empty.status).toBe(400);
    }
    for (let i = 1; i <= 3; i++) {
      await post(client, '/klacht', { ...(await openForm(client)), ...complaint(`Geteld ${clients}-${i}`) }).expect(
        303,
      );
    }
    const refused = await post(client, '/klacht', {
      ...(await openForm(client)),
      ...complaint('Een klacht te veel', { description: 'Deze tekst typte ik met de hand.' }),
    });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.text).toContain('Er zijn vanaf uw internetverbinding te veel klachten verstuurd.');
    expect(refused.text).toContain('Deze tekst typte ik met de hand.');
    expect(refused.text).toContain('value="Een klacht te veel"');
    expect(await count('Een klacht te veel')).toBe(0);
  });
});
