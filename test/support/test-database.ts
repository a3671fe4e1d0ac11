/** A real register in a fresh SQLite file, migrated with the project's own migrations. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Database } from '../../infra/database';
import { ROOT } from './paths';

export interface TestDatabase {
  dir: string;
  url: string;
  db: Database;
  close(): Promise<void>;
}

export function createTestDatabase(): TestDatabase {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'klachten-test-'));
  const url = `file:${path.join(dir, 'register.db')}`;
  execFileSync(path.join(ROOT, 'scripts', 'migrate.sh'), { env: { ...process.env, DATABASE_URL: url }, stdio: 'pipe' });
  const db = openDatabase(url);
  return {
    dir,
    url,
    db,
    async close() {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
