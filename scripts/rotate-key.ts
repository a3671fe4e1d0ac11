/**
 * `npm run rotate-key`: a new payload key, used for everything sealed from the next start on; the old
 * keys stay, for what they sealed. Works while the service runs: a process not yet restarted reads what
 * the new key sealed (it looks in the key file for a key it does not know), and encrypts with its old key
 * until it is restarted. With ENCRYPTION_KEYS the keys are the environment's: this prints the new value.
 */
import { loadConfig } from '../infra/config';
import { openDatabase } from '../infra/database';
import { recordKey } from '../infra/key-register';
import { keyFilePath, keySpec, newKeyId, readKeyring, writeKeyFile } from '../infra/keyring';
import { randomBytes } from 'node:crypto';

async function main(): Promise<void> {
  const config = loadConfig();
  const fresh = { id: newKeyId(), key: randomBytes(32) };
  if (config.encryptionKeys) {
    const keys = readKeyring(config)!;
    console.log("ENCRYPTION_KEYS is set, so the keys are the environment's. Set it to this (the new key first,");
    console.log('the old ones kept), then restart the API and the worker:');
    console.log(`ENCRYPTION_KEYS=${keySpec([fresh, ...keys.all()])}`);
    return;
  }
  const file = keyFilePath(config);
  const keys = readKeyring(config);
  if (!keys) throw new Error(`no key file at ${file}: start the service once first, or set KEY_FILE`);
  const db = openDatabase(config.databaseUrl);
  try {
    // On record before it can seal anything: a key file lost later is then noticed at the next start.
    await recordKey(db, fresh.id, fresh.key);
    writeKeyFile(file, [fresh, ...keys.all()]);
  } finally {
    await db.$disconnect();
  }
  console.log(
    `new key ${fresh.id} written first to ${file}; kept: ${keys
      .all()
      .map((k) => k.id)
      .join(', ')}.`,
  );
  console.log('It seals from the next start of the API and the worker (restart them when convenient);');
  console.log('until then they keep sealing with the old key, and read both. Back up the key file now.');
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
