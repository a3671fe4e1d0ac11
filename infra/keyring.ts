/**
 * The keys that protect what must pass through Temporal or be kept for a while but may not be read by
 * whoever sees the storage: staff-written text in workflow payloads (the payload codec) and values the
 * register keeps sealed (status links, answers kept for idempotent repeats).
 *
 * ENCRYPTION_KEYS="id:base64key[,id:base64key…]" gives them (32-byte AES keys); the first encrypts, all
 * decrypt, so a key is rotated by putting a new one first and keeping the old one until nothing needs it.
 * Without the variable they live in a key file (KEY_FILE, default DATA_DIR/keys.json, mode 0600), made on
 * the first start of an empty register only: infra/key-register.ts refuses a start whose keys cannot read
 * what the register and Temporal hold.
 */
import { createHmac, randomBytes } from 'node:crypto';
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
  /** Every key, the current one first. */
  all(): Key[];
}

export interface KeySource {
  encryptionKeys?: string;
  dataDir: string;
  keyFile?: string;
}

const KEY_ID = /^[A-Za-z0-9_-]{1,40}$/;

export class KeyringError extends Error {}

export function keyringOf(keys: Key[]): Keyring {
  if (!keys.length) throw new KeyringError('no encryption key given');
  const byId = new Map(keys.map((k) => [k.id, k.key]));
  return { current: keys[0], find: (id) => byId.get(id), all: () => [...keys] };
}

/**
 * Parses ENCRYPTION_KEYS (or a key file's `keys`, named by `source`); every mistake names the key it is
 * in, never the key itself.
 */
export function parseKeys(spec: string, source = 'ENCRYPTION_KEYS'): Keyring {
  return keyringOf(
    spec.split(',').map((entry, i) => {
      const [id, value, ...rest] = entry.trim().split(':');
      if (!id || !KEY_ID.test(id) || rest.length) {
        throw new KeyringError(`${source} entry ${i + 1}: expected id:base64key, id of A-Z a-z 0-9 _ -`);
      }
      const key = Buffer.from(value ?? '', 'base64');
      if (key.length !== 32) throw new KeyringError(`${source} key "${id}": must be 32 bytes, base64-encoded`);
      return { id, key };
    }),
  );
}

/** The spec of a keyring, as ENCRYPTION_KEYS and the key file write it. */
export function keySpec(keys: Key[]): string {
  return keys.map(({ id, key }) => `${id}:${key.toString('base64')}`).join(',');
}

/**
 * A new key's ID: the day it was made (for people) and a random part, so that no two keys ever share an
 * ID — a payload names its key by ID, and a reused ID would send it to the wrong key.
 */
export function newKeyId(): string {
  return `k${new Date().toISOString().slice(0, 10).replace(/-/g, '')}-${randomBytes(4).toString('hex')}`;
}

export function newKeySpec(id = newKeyId()): string {
  return keySpec([{ id, key: randomBytes(32) }]);
}

/**
 * Tells keys apart without revealing them: the register keeps this per key ID, and a key file that holds
 * another key under a known ID is caught by it.
 */
export function fingerprint(key: Buffer): string {
  return createHmac('sha256', key).update('klachtenregister key fingerprint v1').digest('hex').slice(0, 32);
}

/**
 * An identifier that stands for `text` without revealing it (e.g. a client's Idempotency-Key and login,
 * as the ID of a Temporal Update): the same text gives the same ID for as long as the current key is
 * current; `purpose` keeps IDs of different uses apart.
 */
export function keyedId(keys: Keyring, purpose: string, text: string): string {
  return createHmac('sha256', keys.current.key).update(`${purpose}\n${text}`).digest('base64url');
}

export function keyFilePath(source: KeySource): string {
  return source.keyFile ?? path.join(source.dataDir, 'keys.json');
}

/** ENCRYPTION_KEYS, else the key file; undefined when neither is there. */
export function readKeyring(source: KeySource): Keyring | undefined {
  if (source.encryptionKeys) return parseKeys(source.encryptionKeys);
  const file = keyFilePath(source);
  if (!fs.existsSync(file)) return undefined;
  return reloading(file, parseKeyFile(file));
}

/** A key file as the service writes it: `{ "keys": "id:base64key,…" }`; anything else is named, not thrown raw. */
function parseKeyFile(file: string): Keyring {
  let keys: unknown;
  try {
    keys = (JSON.parse(fs.readFileSync(file, 'utf8')) as { keys?: unknown } | null)?.keys;
  } catch {
    keys = undefined;
  }
  if (typeof keys !== 'string') {
    throw new KeyringError(`key file ${file}: expected {"keys": "id:base64key,…"}, as the service writes it`);
  }
  return parseKeys(keys, `key file ${file}:`);
}

/** How often a keyring looks in its key file again for a key ID it does not know. */
const RELOAD_INTERVAL_MS = 1_000;

/**
 * A key file's keyring that learns keys added to the file while it runs: after `npm run rotate-key`,
 * a process restarted first encrypts with the new key, and one not yet restarted must still read that.
 * The key that encrypts stays the one it started with until it is restarted.
 */
function reloading(file: string, loaded: Keyring): Keyring {
  let keys = loaded;
  let lookedAt = Date.now();
  return {
    current: loaded.current,
    all: () => keys.all(),
    find(id) {
      const found = keys.find(id);
      if (found || Date.now() - lookedAt < RELOAD_INTERVAL_MS) return found;
      lookedAt = Date.now();
      try {
        keys = parseKeyFile(file);
      } catch {
        // A file being replaced or broken: keep the keys already known; the start-up check reports a broken file.
      }
      return keys.find(id);
    },
  };
}

/** Writes the key file whole or not at all, readable by its owner only. */
export function writeKeyFile(file: string, keys: Key[]): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify({ keys: keySpec(keys) }, null, 2) + '\n', { mode: 0o600 });
  fs.renameSync(temporary, file);
}

/** A first key into a new key file. Two processes starting at once must not each write a different key. */
export function createKeyFile(source: KeySource): Keyring {
  const file = keyFilePath(source);
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    fs.writeFileSync(file, JSON.stringify({ keys: newKeySpec() }, null, 2) + '\n', { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readKeyring({ ...source, encryptionKeys: undefined })!;
}

/**
 * ENCRYPTION_KEYS, else the key file, made when missing. For tests and tools on a register of their own;
 * the service opens its keys with openKeyring (infra/key-register.ts), which checks them against the register.
 */
export function loadKeyring(source: KeySource): Keyring {
  return readKeyring(source) ?? createKeyFile(source);
}
