/**
 * The register's migrations, on the engine of the jest project (SQLite, and PostgreSQL in the
 * `postgres` project): applied to an empty database they give exactly the schema the client was
 * generated from, and several instances starting at once may all run them.
 */
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { openDatabase } from '../infra/database';
import { ROOT } from './support/paths';
import { createPostgresDatabase, createTestDatabase, testEngine } from './support/test-database';

const run = promisify(execFile);
const engine = testEngine();
const folder = engine === 'postgres' ? path.join(ROOT, 'prisma', 'postgres') : path.join(ROOT, 'prisma');
const MIGRATIONS = fs
  .readdirSync(path.join(folder, 'migrations'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** The Prisma CLI as scripts/migrate.sh runs it, on database `url`. */
const prisma = (url: string, ...args: string[]) =>
  run('node', ['--require', './scripts/unref-long-timers.cjs', 'node_modules/prisma/build/index.js', ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
  });

/**
 * Issue 20: the index of the search text (the migration 20261207100100_search_index) is one the schema cannot
 * describe: on SQLite a full-text virtual table with tables of its own, which Prisma pulls as models; on
 * PostgreSQL a pg_trgm GIN index, which Prisma pulls but the SQLite schema it is generated from cannot hold.
 */
const SEARCH_INDEX = [
  /^(\/\/\/[^\n]*\n)?model ComplaintSearch\w* \{[^}]*\}\n*/gm,
  /^\s*@@index\(\[searchText\(ops: raw\("gin_trgm_ops"\)\)\][^\n]*\n/gm,
];
const withoutSearchIndex = (schema: string) => SEARCH_INDEX.reduce((text, index) => text.replace(index, ''), schema);

test(`${engine}: the migrations build exactly the schema the client is generated from`, async () => {
  const register = await createTestDatabase({ migrated: 'here' });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'schema-'));
  try {
    // What the migrated database holds, read back as a Prisma schema (Prisma prints a warning first).
    const { stdout } = await prisma(register.url, 'db', 'pull', '--print');
    const pulled = path.join(tmp, 'pulled.prisma');
    fs.writeFileSync(pulled, withoutSearchIndex(stdout.slice(stdout.indexOf('generator '))));
    const compared = await prisma(
      register.url,
      'migrate',
      'diff',
      '--from-schema-datamodel',
      pulled,
      '--to-schema-datamodel',
      path.join(folder, 'schema.prisma'),
      '--exit-code',
    ).catch((error: { code: number; stdout: string }) => error);
    expect(compared).toMatchObject({ stdout: expect.stringContaining('No difference detected') });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
    await register.close();
  }
});

test(`${engine}: two instances deploying at once both succeed, and each migration is recorded once`, async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'deploy-'));
  const server = engine === 'postgres' ? await createPostgresDatabase() : undefined;
  const url = server?.url ?? `file:${path.join(tmp, 'register.db')}`;
  const deploy = () => run(path.join(ROOT, 'scripts', 'migrate.sh'), { env: { ...process.env, DATABASE_URL: url } });
  const db = openDatabase(url);
  try {
    const outputs = await Promise.all([deploy(), deploy()]);
    expect(outputs.map((o) => o.stdout).join('\n')).toContain('have been applied');
    const recorded = await db.$queryRaw<{ migration_name: string; finished: boolean | number }[]>`
      SELECT "migration_name", "finished_at" IS NOT NULL AS "finished" FROM "_prisma_migrations"
      ORDER BY "migration_name"`;
    expect(recorded.map((r) => r.migration_name)).toEqual(MIGRATIONS);
    expect(recorded.every((r) => Boolean(r.finished))).toBe(true);
  } finally {
    await db.$disconnect();
    await server?.drop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

/**
 * Prisma's schema engine keeps a SQLite file in exclusive locking mode until it exits. Two deploys that both
 * read the file before either writes then wait on each other until SQLite's busy timeout (5 s) fails one
 * ("unknown variant `SocketTimeout`", seen in CI under load). PostgreSQL has Prisma's advisory lock instead.
 */
const HELD_MS = 8000;
/**
 * Node, given a file and a time: holds the file's exclusive lock that long, saying so on stdout first. It writes
 * the file's header first, as a deploy's first migration would: SQLite takes no lock of an empty file.
 */
const HOLD_EXCLUSIVELY = `
  const [file, ms] = process.argv.slice(1);
  const db = require('better-sqlite3')(file);
  db.pragma('user_version = 1');
  db.exec('BEGIN EXCLUSIVE');
  process.stdout.write('held\\n');
  setTimeout(() => db.close(), Number(ms));`;

if (engine === 'sqlite') {
  test('sqlite: a deploy waits for another that holds the register longer than SQLite waits, and succeeds', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'deploy-held-'));
    const file = path.join(tmp, 'register.db');
    // Another deploy, as scripts/migrate.sh starts one: its turn taken, the file held exclusively for 8 s.
    const holder = spawn(
      'flock',
      [`${file}.migrate-lock`, process.execPath, '-e', HOLD_EXCLUSIVELY, file, String(HELD_MS)],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const db = openDatabase(`file:${file}`);
    try {
      await new Promise((resolve, reject) => {
        holder.stdout.once('data', resolve);
        holder.once('exit', reject);
      });
      const started = Date.now();
      await run(path.join(ROOT, 'scripts', 'migrate.sh'), { env: { ...process.env, DATABASE_URL: `file:${file}` } });
      expect(Date.now() - started).toBeGreaterThan(HELD_MS - 1000);
      const recorded = await db.$queryRaw<{ n: number | bigint }[]>`
        SELECT COUNT(*) AS "n" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL`;
      expect(Number(recorded[0].n)).toBe(MIGRATIONS.length);
    } finally {
      if (holder.exitCode === null) await once(holder, 'exit');
      await db.$disconnect();
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
}
