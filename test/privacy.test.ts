/**
 * Personal data stays in the register (issue 8): a workflow history holds procedure facts and references,
 * never the complainant's name, contact details, subject or description — not in plain text, not in
 * base64, and not after decoding every payload with the codec's key. What staff write (answers, replies,
 * the way of handling) passes through only encrypted. Every path through the procedure is checked.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SCENARIOS } from './histories/scenarios';
import { EncryptionCodec } from '../infra/payload-codec';
import { oralComplaint, useHarness, writtenComplaint } from './support/harness';
import { historyJson, holds, payloadsIn } from './support/history-payloads';
import { HISTORIES_DIR } from './support/paths';

const h = useHarness();

/** The complainants' personal data used by the scenarios' fixtures. */
function personalData(): string[] {
  const values = [writtenComplaint(), oralComplaint()].flatMap((c) => {
    const person = c.complainant as Record<string, string>;
    return [person.name, person.email, person.phone, person.address, c.subject as string, c.description as string];
  });
  return values.filter((v): v is string => !!v);
}

/** Texts staff write in the scenarios: they must be encrypted wherever they pass through Temporal. */
const STAFF_TEXTS = ['Ons antwoord.', 'Excuses, het is hersteld.', 'Wij zoeken het uit.', 'Wij vragen advies.'];

describe.each(Object.keys(SCENARIOS))('the %s history', (name) => {
  let raw: string;
  let decoded: string;

  beforeAll(async () => {
    const handle = await SCENARIOS[name](h);
    await handle.result();
    raw = historyJson(await handle.fetchHistory());
    const plain = await new EncryptionCodec(h.keys).decode(payloadsIn(raw));
    decoded = plain.map((p) => Buffer.from(p.data ?? new Uint8Array()).toString('utf8')).join('\n');
  });

  test('R2/privacy: holds no personal data of the complainant, raw or base64-encoded', () => {
    for (const value of personalData()) expect(holds(raw, value)).toBe(false);
  });

  test('privacy: every payload decodes, and still holds no personal data of the complainant', () => {
    expect(decoded.length).toBeGreaterThan(0);
    for (const value of personalData()) expect(decoded).not.toContain(value);
  });

  test('privacy: what staff wrote is in it only encrypted', () => {
    for (const value of STAFF_TEXTS) expect(holds(raw, value)).toBe(false);
  });
});

test('privacy: the decoded histories do carry the procedure (so the check above can fail)', async () => {
  const handle = await SCENARIOS['written-replied-in-time'](h);
  await handle.result();
  const raw = historyJson(await handle.fetchHistory());
  const plain = await new EncryptionCodec(h.keys).decode(payloadsIn(raw));
  const decoded = plain.map((p) => Buffer.from(p.data ?? new Uint8Array()).toString('utf8')).join('\n');
  expect(decoded).toContain('Ons antwoord.');
  expect(decoded).toContain(handle.workflowId);
  expect(raw).not.toContain('Ons antwoord.');
});

test('privacy: the detector finds personal data where it is: histories recorded before this change carried it', () => {
  const old = fs.readFileSync(path.join(HISTORIES_DIR, '1-plain', 'written-replied-in-time.json'), 'utf8');
  expect(holds(old, 'Jan Jansen')).toBe(true);
  expect(holds(old, 'jan@example.nl')).toBe(true);
});
