/**
 * The payload codec and the keyring: what staff write passes through Temporal only encrypted, a key can
 * be rotated, and a payload that was altered, or sealed with a key we do not have, fails loudly.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Payload } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { keyringOf, loadKeyring, newKeySpec, parseKeys } from '../infra/keyring';
import { EncryptionCodec, ENCRYPTED } from '../infra/payload-codec';
import { seal, unseal } from '../infra/sealed';

const json = (value: unknown): Payload => ({
  metadata: { encoding: new TextEncoder().encode('json/plain') },
  data: new TextEncoder().encode(JSON.stringify(value)),
});
const text = (bytes?: Uint8Array | null) => new TextDecoder().decode(bytes ?? new Uint8Array());

const reply = json({ by: 'handler-1', channel: 'email', text: 'Wij hebben de factuur van Jan Jansen gecrediteerd.' });

test('a payload round-trips; the encrypted form shows neither the text nor its encoding', async () => {
  const codec = new EncryptionCodec(parseKeys(newKeySpec('a')));
  const [encrypted] = await codec.encode([reply]);
  expect(text(encrypted.metadata!.encoding)).toBe(ENCRYPTED);
  expect(text(encrypted.metadata!['encryption-key-id'])).toBe('a');
  expect(Buffer.from(encrypted.data!).toString('latin1')).not.toContain('Jan Jansen');
  expect(Buffer.from(encrypted.data!).toString('base64')).not.toContain(Buffer.from('Jan Jansen').toString('base64'));
  const [decoded] = await codec.decode([encrypted]);
  expect(text(decoded.data)).toBe(text(reply.data));
  expect(text(decoded.metadata!.encoding)).toBe('json/plain');
});

test('payloads recorded before encryption pass through unchanged (running complaints keep working)', async () => {
  const codec = new EncryptionCodec(parseKeys(newKeySpec('a')));
  expect(await codec.decode([reply])).toEqual([reply]);
});

test('a payload sealed with an unknown key fails clearly, naming the key and the remedy', async () => {
  const [encrypted] = await new EncryptionCodec(parseKeys(newKeySpec('old'))).encode([reply]);
  await expect(new EncryptionCodec(parseKeys(newKeySpec('new'))).decode([encrypted])).rejects.toThrow(
    'payload encrypted with unknown key "old": add it to ENCRYPTION_KEYS',
  );
});

test('a tampered payload fails authentication', async () => {
  const codec = new EncryptionCodec(parseKeys(newKeySpec('a')));
  const [encrypted] = await codec.encode([reply]);
  const data = Buffer.from(encrypted.data!);
  data[20] ^= 1;
  await expect(codec.decode([{ ...encrypted, data }])).rejects.toThrow('failed authentication');
});

test('rotation: with a new key first and the old one kept, old payloads decode and new ones use the new key', async () => {
  const old = newKeySpec('k2026');
  const [before] = await new EncryptionCodec(parseKeys(old)).encode([reply]);
  const rotated = new EncryptionCodec(parseKeys(`${newKeySpec('k2027')},${old}`));
  expect(text((await rotated.decode([before]))[0].data)).toBe(text(reply.data));
  const [after] = await rotated.encode([reply]);
  expect(text(after.metadata!['encryption-key-id'])).toBe('k2027');
});

test('ENCRYPTION_KEYS mistakes are named without showing a key', () => {
  expect(() => parseKeys('a:short')).toThrow('ENCRYPTION_KEYS key "a": must be 32 bytes, base64-encoded');
  expect(() => parseKeys('no key')).toThrow('ENCRYPTION_KEYS entry 1: expected id:base64key');
  expect(() => keyringOf([])).toThrow('no encryption key given');
});

test('without ENCRYPTION_KEYS a key is generated once into the data folder, readable by the owner only', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keys-'));
  const first = loadKeyring({ dataDir: dir });
  const again = loadKeyring({ dataDir: dir });
  expect(again.current.key.equals(first.current.key)).toBe(true);
  expect(fs.statSync(path.join(dir, 'keys.json')).mode & 0o777).toBe(0o600);
  fs.rmSync(dir, { recursive: true });
});

test('a key file that is not what the service writes is named, with what it should hold, and no key shown', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keys-'));
  const file = path.join(dir, 'keys.json');
  const [id, key] = newKeySpec().split(':');
  for (const content of [
    JSON.stringify({ keys: [`${id}:${key}`] }),
    '{"keys": "k1:',
    JSON.stringify({ keys: 'k1:short' }),
  ]) {
    fs.writeFileSync(file, content);
    let message = '';
    try {
      loadKeyring({ dataDir: dir });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(file);
    expect(message).not.toContain(key);
  }
  expect(() => loadKeyring({ dataDir: dir })).toThrow('key "k1": must be 32 bytes, base64-encoded');
  fs.rmSync(dir, { recursive: true });
});

test('a sealed text (an idempotent answer) round-trips and hides its content', () => {
  const keys = parseKeys(newKeySpec('a'));
  const secret = JSON.stringify({ token: 'geheim-token-123', statusUrl: 'http://x/status/abc' });
  const sealed = seal(keys, secret, 'idempotent-answer');
  expect(sealed).toMatch(/^v2\.a\./);
  expect(sealed).not.toContain('geheim');
  expect(unseal(keys, sealed, 'idempotent-answer')).toBe(secret);
  expect(() => unseal(parseKeys(newKeySpec('b')), sealed, 'idempotent-answer')).toThrow(
    'cannot unseal a text sealed with key "a"',
  );
});

describe('one key, two uses kept apart (associated data naming the purpose)', () => {
  const keys = parseKeys(newKeySpec('a'));
  const asPayload = (ciphertext: Buffer, version?: string): Payload => ({
    metadata: {
      encoding: new TextEncoder().encode(ENCRYPTED),
      'encryption-key-id': new TextEncoder().encode('a'),
      ...(version ? { 'encryption-version': new TextEncoder().encode(version) } : {}),
    },
    data: ciphertext,
  });

  test('a sealed register value cannot be decoded as a Temporal payload', async () => {
    const inner = temporal.api.common.v1.Payload.encode(reply).finish();
    const sealed = seal(keys, Buffer.from(inner).toString('latin1'), 'status-token');
    const ciphertext = Buffer.from(sealed.split('.')[2], 'base64');
    const codec = new EncryptionCodec(keys);
    await expect(codec.decode([asPayload(ciphertext, '2')])).rejects.toThrow('failed authentication');
  });

  test("a payload's ciphertext cannot be unsealed as a register value", async () => {
    const [encrypted] = await new EncryptionCodec(keys).encode([reply]);
    const asSealed = `v2.a.${Buffer.from(encrypted.data!).toString('base64')}`;
    expect(() => unseal(keys, asSealed, 'idempotent-answer')).toThrow('cannot unseal');
  });

  test('a value sealed for one purpose cannot be unsealed for another', () => {
    const sealed = seal(keys, 'geheim-token', 'status-token');
    expect(unseal(keys, sealed, 'status-token')).toBe('geheim-token');
    expect(() => unseal(keys, sealed, 'idempotent-answer')).toThrow('cannot unseal');
  });
});
