/**
 * AVG/GDPR (issue 18): an erased complaint is erased from the register's files, not only from its rows.
 * SQLite leaves what a row held in the page it was freed from, and in write-ahead logging the page as it
 * was before stays in the -wal file until a checkpoint; its full-text index keeps the old text's trigrams
 * until its segments merge (too scattered to look for here; made to forget by 'secure-delete'). Anyone with a copy of the file (a backup made after the erasure, a disk
 * image) could read the name back. SQLite only: PostgreSQL's dead row versions are a matter of VACUUM
 * (README, "Retention and rights").
 */
import fs from 'node:fs';
import request from 'supertest';
import { useHarness, writtenComplaint } from './support/harness';

const h = useHarness();

/** Every file the register keeps on disk, as one buffer: the database, its -wal and -shm. */
function registerBytes(): Buffer {
  const file = h.register.url.replace(/^file:/, '');
  const parts = ['', '-wal', '-shm'].map((suffix) => file + suffix).filter((p) => fs.existsSync(p));
  return Buffer.concat(parts.map((p) => fs.readFileSync(p)));
}

test('AVG: after an erasure, no file of the SQLite register holds the name, the e-mail address or the words of the complaint', async () => {
  const words = {
    name: 'Zbigniew Quarterfield',
    email: 'zbigniew.quarterfield@example.nl',
    subject: 'Xylofoonles vervallen',
  };
  const filed = await h.intake(
    writtenComplaint({ complainant: { name: words.name, email: words.email }, subject: words.subject }),
  );
  expect(filed.status).toBe(201);
  const reference: string = filed.body.complaint.reference;
  // Read back by the search as well, so the full-text index holds its trigrams too.
  const found = await request(h.app).get('/api/complaints?q=quarterfield').set(h.as('manager'));
  expect(found.body.items.map((c: { reference: string }) => c.reference)).toEqual([reference]);

  const erased = await request(h.app)
    .post('/api/privacy/erasures')
    .set(h.as('operator'))
    .send({ reference, reason: 'Verzoek van de klager (AVG art. 17).' });
  expect(erased.status).toBe(200);

  const bytes = registerBytes();
  const folded = (s: string) => s.toLowerCase();
  for (const text of [words.name, words.email, words.subject, folded(words.name), folded(words.subject)])
    expect({ text, found: bytes.includes(Buffer.from(text)) }).toEqual({ text, found: false });
});
