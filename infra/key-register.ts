/**
 * The service's keys, checked against what the register says has been sealed. Every key that ever
 * encrypted is recorded (ID and fingerprint) before it is used, so a start can tell when its keys cannot
 * read what the register and Temporal hold — a key file lost, restored from the wrong backup, or holding
 * another key under a known ID — and refuses with the key it misses, instead of making a new key and
 * leaving every open complaint unreadable. A new key file is made only for a register that has none.
 */
import type { Database } from './database';
import {
  createKeyFile,
  fingerprint,
  keyFilePath,
  KeyringError,
  readKeyring,
  type Keyring,
  type KeySource,
} from './keyring';

export async function openKeyring(source: KeySource, db: Database): Promise<Keyring> {
  const recorded = await db.encryptionKey.findMany({ orderBy: { recordedAt: 'asc' } });
  const keys = readKeyring(source) ?? (recorded.length ? undefined : createKeyFile(source));
  if (!keys) throw missing(recorded[recorded.length - 1].id, source);
  for (const { id, fingerprint: expected } of recorded) {
    const key = keys.find(id);
    if (!key) throw missing(id, source);
    if (fingerprint(key) !== expected) {
      throw new KeyringError(
        `The key given as "${id}" (${where(source)}) is not the key "${id}" that sealed what the register and ` +
          'Temporal hold. Restore the right key; a key under the same ID cannot read them.',
      );
    }
  }
  await recordKey(db, keys.current.id, keys.current.key);
  return keys;
}

/** Puts a key on record before anything is sealed with it; recording it again changes nothing. */
export async function recordKey(db: Database, id: string, key: Buffer): Promise<void> {
  const row = { id, fingerprint: fingerprint(key) };
  await db.encryptionKey.upsert({ where: { id }, create: row, update: {} });
}

function where(source: KeySource): string {
  return source.encryptionKeys ? 'ENCRYPTION_KEYS' : keyFilePath(source);
}

function missing(id: string, source: KeySource): KeyringError {
  return new KeyringError(
    `The register and Temporal hold data sealed with key "${id}", which this service does not have ` +
      `(it reads its keys from ${where(source)}). Put that key back — from a backup of the data folder, ` +
      'or in ENCRYPTION_KEYS or KEY_FILE — and start again. A new key cannot read what the old one sealed, ' +
      'so none is made.',
  );
}
