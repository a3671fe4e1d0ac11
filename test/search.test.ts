/**
 * Issue 19 item 3, R4: staff find a complaint by the name as they type it — without capitals or accents —
 * on SQLite and PostgreSQL alike (SQLite's lower() folds only A–Z); an anonymised complaint is found by
 * nothing it no longer holds.
 */
import request from 'supertest';
import { searchTextOf } from '../domain/search-text';
import { startHarness, writtenComplaint, type Harness } from './support/harness';
import { insertComplaint } from './support/register-rows';
import { fillSearchTexts } from '../api/complaints/search-texts';

let h: Harness;
const refs: Record<string, string> = {};

const NAMES: Record<string, string> = {
  lucja: 'Łucja Ŝmit',
  overgaard: 'Mette Øvergaard',
  dorde: 'Đorđe Šević',
  nunez: 'Iñigo Ñúñez',
  zoe: 'Zoë Papadopoulou',
};

beforeAll(async () => {
  h = await startHarness();
  for (const [key, name] of Object.entries(NAMES)) {
    const body = writtenComplaint({ complainant: { name, email: `${key}@example.nl` }, subject: `Klacht ${key}` });
    refs[key] = (
      await request(h.app).post('/api/complaints').set(h.as('intake')).send(body).expect(201)
    ).body.complaint.reference;
  }
});
afterAll(async () => {
  await h?.stop();
});

const found = async (q: string) =>
  (await h.get(`/api/complaints?q=${encodeURIComponent(q)}&pageSize=100`).expect(200)).body.items.map(
    (i: { reference: string }) => i.reference,
  );

test.each([
  ['łucja', 'lucja'],
  ['LUCJA', 'lucja'],
  ['smit', 'lucja'],
  ['overgaard', 'overgaard'],
  ['ØVERGAARD', 'overgaard'],
  ['dorde', 'dorde'],
  ['sevic', 'dorde'],
  ['nunez', 'nunez'],
  ['ÑÚÑEZ', 'nunez'],
  ['zoe', 'zoe'],
])('issue 19 item 3: "%s" finds the complaint of %s, ignoring case and accents', async (q, key) => {
  expect(await found(q)).toEqual([refs[key]]);
});

test('issue 19 item 3: a % or _ in the search is taken literally, and a corrected name is found by its new spelling', async () => {
  expect(await found('%')).toEqual([]);
  await request(h.app)
    .patch(`/api/complaints/${refs.zoe}/complainant`)
    .set(h.as('intake'))
    .send({ name: 'Zoë Kühn' })
    .expect(200);
  expect(await found('kuhn')).toEqual([refs.zoe]);
  expect(await found('papadopoulou')).toEqual([]);
});

test('issue 19 item 3: rows written before the folded text existed are found after the start-up fill', async () => {
  const today = await h.today();
  const reference = `KL-${today.slice(0, 4)}-90001`;
  await insertComplaint(h.register.db, {
    reference,
    receivedAt: `${today}T09:00:00Z`,
    complainant: { name: 'Åse Ærøskøbing' },
  });
  await h.register.db.complaint.update({ where: { reference }, data: { searchText: null } });
  expect(await fillSearchTexts(h.register.db)).toBeGreaterThanOrEqual(1);
  expect(await found('aeroskobing')).toEqual([reference]);
});

test('AVG, issue 19 item 3: anonymisation clears the folded text: the name no longer finds the complaint, the reference does', async () => {
  const ref = refs.overgaard;
  await h.post('/api/privacy/erasures', { reference: ref, reason: 'Op verzoek.' }, 'operator').expect(200);
  expect(await found('overgaard')).toEqual([]);
  const row = await h.register.db.complaint.findUniqueOrThrow({ where: { reference: ref } });
  expect(row.searchText).toBe(searchTextOf(row));
  expect(row.searchText).not.toMatch(/overgaard/);
  expect(await found(ref)).toEqual([ref]);
});

test('issue 20: through the search index as before: a word across parts, a quote, one or two characters', async () => {
  // The index finds runs of three characters; shorter searches are looked for row by row, with the same result.
  expect(await found('ÑÚ')).toEqual([refs.nunez]);
  expect(await found('ŝm')).toEqual([refs.lucja]);
  expect(await found('"dorde"')).toEqual([]);
  expect(await found('cht dor')).toEqual([refs.dorde]);
  expect(await found('Đorđe Šević')).toEqual([refs.dorde]);
  expect(await found('klacht dorde dorde')).toEqual([]);
  expect(await found('dorde@')).toEqual([refs.dorde]);
  // A row without its folded text yet (before the start-up fill) is still found as it was written.
  await h.register.db.complaint.update({ where: { reference: refs.zoe }, data: { searchText: null } });
  expect(await found('kühn')).toEqual([refs.zoe]);
  await fillSearchTexts(h.register.db);
  expect(await found('kuhn')).toEqual([refs.zoe]);
});
