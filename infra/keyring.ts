/**
 * The keys that protect what must pass through Temporal or be kept for a while but may not be read by
 * whoever sees the storage: staff-written text in workflow payloads (the payload codec) and answers kept
 * for idempotent repeats (they can hold a new token or a status link).
 *
 * ENCRYPTION_KEYS="id:base64key[,id:base64key…]" gives them (32-byte AES keys); the first encrypts, all
 * decrypt, so a key is rotated by putting a new one first and keeping the old one until nothing needs it.
 * Without the variable, a key is generated on first start into DATA_DIR/keys.json (mode 0600).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface Key {
  id: string;
  key: Buffer;
}

export interface Keyring {
  /** The key that encrypts. */
  current: Key;
  /** A key that may still decrypt, by its ID. */
  find(id: string): Buffer | undefined;
}

const KEY_ID = /^[A-Za-z0-9_-]{1,40}$/;

export class KeyringError extends Error {}

export function keyringOf(keys: Key[]): Keyring {
  if (!keys.length) throw new KeyringError('no encryption key given');
  const byId = new Map(keys.map((k) => [k.id, k.key]));
  return { current: keys[0], find: (id) => byId.get(id) };
}

/** Parses ENCRYPTION_KEYS; every mistake names the key it is in, never the key itself. */
export function parseKeys(spec: string): Keyring {
  return keyringOf(
    spec.split(',').map((entry, i) => {
      const [id, value, ...rest] = entry.trim().split(':');
      if (!id || !KEY_ID.test(id) || rest.length) {
        throw new KeyringError(`ENCRYPTION_KEYS entry ${i + 1}: expected id:base64key, id of A-Z a-z 0-9 _ -`);
      }
      const key = Buffer.from(value ?? '', 'base64');
      if (key.length !== 32) throw new KeyringError(`ENCRYPTION_KEYS key "${id}": must be 32 bytes, base64-encoded`);
      return { id, key };
    }),
  );
}

export function newKeySpec(id = `k${new Date().toISOString().slice(0, 10).replace(/-/g, '')}`): string {
  return `${id}:${randomBytes(32).toString('base64')}`;
}

/** ENCRYPTION_KEYS, else DATA_DIR/keys.json, made on first start. */
export function loadKeyring(options: { encryptionKeys?: string; dataDir: string }): Keyring {
  if (options.encryptionKeys) return parseKeys(options.encryptionKeys);
  const file = path.join(options.dataDir, 'keys.json');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
    // 'wx': two processes starting at once must not each write a different key.
    try {
      fs.writeFileSync(file, JSON.stringify({ keys: newKeySpec() }, null, 2) + '\n', { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return parseKeys((JSON.parse(fs.readFileSync(file, 'utf8')) as { keys: string }).keys);
}
