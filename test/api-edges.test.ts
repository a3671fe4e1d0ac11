/**
 * The API's edges: dates in input (any year, and no receipt older than the limit), search that finds
 * what staff type (reference, name, e-mail; `%` and `_` literal), and a bad status link that gets a page.
 */
import { useHarness, writtenComplaint } from './support/harness';

const h = useHarness();

test('R2: receipt dates in the years 0–99 are refused with 400 (too old), never a 500', async () => {
  for (const receivedAt of ['0043-01-01', '0001-01-01', '0099-12-31T10:00:00Z']) {
    const res = await h.intake(writtenComplaint({ receivedAt }));
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([
      expect.objectContaining({ field: 'receivedAt', code: 'too_old', params: { days: 365 } }),
    ]);
  }
});

test('R4: the list takes dates of any year in its filters', async () => {
  for (const query of [
    'receivedFrom=0043-01-01',
    'receivedTo=0099-06-01',
    'dueBefore=0001-01-01',
    'receivedFrom=0043-01-01T00:00:00Z',
  ]) {
    const res = await h.get(`/api/complaints?${query}`);
    expect(res.status).toBe(200);
  }
  expect((await h.get('/api/complaints?receivedTo=0099-06-01')).body.total).toBe(0);
});

test('R4: search finds the reference, the complainant’s name and e-mail address', async () => {
  const res = await h.intake(
    writtenComplaint({ complainant: { name: 'Gerda Zoekmij', email: 'gerda.vindbaar@example.nl' }, subject: 'Iets' }),
  );
  const ref = res.body.complaint.reference;
  for (const q of [ref, 'zoekmij', 'gerda.vindbaar@example.nl']) {
    const found = await h.get(`/api/complaints?q=${encodeURIComponent(q)}`);
    expect(found.body.items.map((i: { reference: string }) => i.reference)).toEqual([ref]);
  }
});

test('R4: % and _ in a search are literal characters, not wildcards', async () => {
  const withPercent = (await h.intake(writtenComplaint({ subject: 'Korting van 50% niet gegeven' }))).body.complaint
    .reference;
  await h.intake(writtenComplaint({ subject: 'Korting niet gegeven' }));
  const percent = await h.get(`/api/complaints?q=${encodeURIComponent('50%')}`);
  expect(percent.body.items.map((i: { reference: string }) => i.reference)).toEqual([withPercent]);
  const underscore = await h.get(`/api/complaints?q=${encodeURIComponent('_')}`);
  expect(underscore.body.total).toBe(0);
  const wildcard = await h.get(`/api/complaints?q=${encodeURIComponent('%')}`);
  expect(wildcard.body.items.map((i: { reference: string }) => i.reference)).toEqual([withPercent]);
});

test('R4: a bad status link shows a Dutch page with 404, not JSON', async () => {
  for (const token of ['not-a-token', 'A'.repeat(43)]) {
    const res = await h.get(`/status/${token}`);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('<html lang="nl">');
    expect(res.text).toContain('Deze link naar uw klacht kennen wij niet');
  }
});
