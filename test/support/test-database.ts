/**
 * A real register, migrated with the project's own migrations (scripts/migrate.sh): a fresh SQLite
 * file, or, in jest's `postgres` project (jest.config.js), a fresh PostgreSQL database
 * `klachten_test_<random>` on the server TEST_POSTGRES_URL names, dropped again by close().
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../../infra/database';
import type { DatabaseEngine } from '../../infra/database-url';
import { ROOT } from './paths';
import { copyPostgresTemplate, copySqliteTemplate } from './register-template';

export interface TestDatabase {
  engine: DatabaseEngine;
  /** A private folder for the test's other files (keys, outbox). */
  dir: string;
  url: string;
  db: Database;
  close(): Promise<void>;
}

/** The engine of this jest project: test/support/use-postgres.ts sets it for the `postgres` project. */
export function testEngine(): DatabaseEngine {
  return process.env.TEST_REGISTER === 'postgres' ? 'postgres' : 'sqlite';
}

/**
 * A database of its own on the test server (or the server `admin` names), and a way to drop it: empty, or
 * with `from: 'template'` a copy of the migrated register (test/support/register-template.ts).
 */
export async function createPostgresDatabase(
  admin = adminUrl(),
  from: 'empty' | 'template' = 'empty',
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `klachten_test_${randomBytes(6).toString('hex')}`;
  if (from === 'template') await copyPostgresTemplate(admin, name, migrate, asAdmin);
  else await asAdmin(admin, `CREATE DATABASE "${name}"`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  // FORCE: a test that failed half-way may leave a connection open; the database goes anyway.
  return {
    url: url.toString(),
    drop: async () => void (await asAdmin(admin, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
  };
}

export function migrate(url: string): void {
  execFileSync(path.join(ROOT, 'scripts', 'migrate.sh'), { env: { ...process.env, DATABASE_URL: url }, stdio: 'pipe' });
}

/**
 * A migrated register of the jest project's engine. By default a copy of a template migrated once per change
 * of the migrations; `{ migrated: 'here' }` runs the migrations on an empty database, as a new install does.
 */
export async function createTestDatabase({
  migrated = 'template',
}: { migrated?: 'template' | 'here' } = {}): Promise<TestDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'klachten-test-'));
  const engine = testEngine();
  const server =
    engine === 'postgres'
      ? await createPostgresDatabase(adminUrl(), migrated === 'template' ? 'template' : 'empty')
      : undefined;
  const url = server?.url ?? `file:${path.join(dir, 'register.db')}`;
  if (migrated === 'here') migrate(url);
  else if (!server) copySqliteTemplate(path.join(dir, 'register.db'), migrate);
  const db = openDatabase(url);
  return {
    engine,
    dir,
    url,
    db,
    async close() {
      await db.$disconnect();
      await server?.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function adminUrl(): string {
  const given = process.env.TEST_POSTGRES_URL;
  if (!given) throw new Error('the postgres tests need TEST_POSTGRES_URL (see scripts/test-postgres.sh)');
  // The tests create and drop databases: only ever on a server of this machine.
  const host = new URL(given).hostname.replace(/^\[|\]$/g, '');
  if (!/^(localhost|127(\.\d{1,3}){3}|::1)$/.test(host)) {
    throw new Error(`TEST_POSTGRES_URL must name a server on loopback (127.0.0.1, ::1, localhost), not ${host}`);
  }
  return given;
}

async function asAdmin(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}
