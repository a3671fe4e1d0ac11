/**
 * Where attachments' contents live: files in ATTACHMENTS_DIR, outside the register's rows (a database
 * stays small and a backup of it quick), each under a random name and encrypted with the service's keys
 * (AES-GCM with the file's name as associated data, so one file cannot stand in for another). Owner-only
 * permissions, as the rest of the data folder. Never in Temporal: the register row holds the reference.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Keyring } from './keyring';
import { decrypt, encrypt } from './payload-codec';

export interface AttachmentStore {
  save(content: Uint8Array): Promise<{ storedAs: string; keyId: string }>;
  read(file: { storedAs: string; keyId: string }): Promise<Buffer>;
  /** Deletes the files; one already gone is no error (a repeated anonymisation). */
  remove(storedAs: string[]): Promise<void>;
}

const associated = (storedAs: string) => `klachtenregister attachment ${storedAs}`;
const STORED_AS = /^[A-Za-z0-9_-]{32}$/;

export function attachmentStore(dir: string, keys: Keyring): AttachmentStore {
  const fileOf = (storedAs: string) => {
    // The name comes from the register, but a path is built from it: only our own names.
    if (!STORED_AS.test(storedAs)) throw new Error('not an attachment file name');
    return path.join(dir, storedAs);
  };
  return {
    async save(content) {
      await fs.mkdir(dir, { recursive: true, mode: 0o700 });
      const storedAs = randomBytes(24).toString('base64url');
      const { id, key } = keys.current;
      await fs.writeFile(fileOf(storedAs), encrypt(key, content, associated(storedAs)), { mode: 0o600, flag: 'wx' });
      return { storedAs, keyId: id };
    },
    async read({ storedAs, keyId }) {
      const key = keys.find(keyId);
      if (!key) throw new Error(`attachment encrypted with key "${keyId}", which is not in the key ring`);
      return Buffer.from(decrypt(key, await fs.readFile(fileOf(storedAs)), associated(storedAs)));
    },
    async remove(storedAs) {
      await Promise.all(storedAs.map((name) => fs.rm(fileOf(name), { force: true })));
    },
  };
}
