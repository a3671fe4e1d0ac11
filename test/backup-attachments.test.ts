/**
 * Issue 19, attachments: `npm run backup` copies the attachments' files with the register and the keys,
 * and a restore puts them where ATTACHMENTS_DIR says, readable with the restored keys.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { attachmentStore } from '../infra/attachment-store';
import { makeBackup } from '../infra/backup/make-backup';
import { restoreBackup } from '../infra/backup/restore-backup';
import { loadConfig } from '../infra/config';
import { openKeyring } from '../infra/key-register';
import { createTestDatabase, type TestDatabase } from './support/test-database';

let register: TestDatabase;
const folders: string[] = [];
const folder = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'klachten-attachments-'));
  folders.push(dir);
  return dir;
};

beforeAll(async () => {
  register = await createTestDatabase();
});
afterAll(async () => {
  await register.close();
  for (const f of folders) fs.rmSync(f, { recursive: true, force: true });
});

test('issue 19 item "attachments": a backup holds the attachments, and a restore brings them back readable', async () => {
  const config = loadConfig({ DATA_DIR: register.dir, DATABASE_URL: register.url });
  const keys = await openKeyring(config, register.db);
  const scan = Buffer.from('%PDF-1.4\n% een gescande brief\n%%EOF\n');
  const saved = await attachmentStore(config.attachments.dir, keys).save(scan);

  const backup = path.join(folder(), 'backup');
  const manifest = await makeBackup(config, backup);
  expect(manifest.files.filter((f) => f.part === 'attachments').map((f) => path.basename(f.path))).toEqual([
    saved.storedAs,
  ]);

  const restoredDir = path.join(folder(), 'data');
  const restored = loadConfig({ DATA_DIR: restoredDir });
  await restoreBackup(restored, backup);
  const restoredKeys = await openKeyring(restored, register.db);
  expect((await attachmentStore(restored.attachments.dir, restoredKeys).read(saved)).equals(scan)).toBe(true);
});
