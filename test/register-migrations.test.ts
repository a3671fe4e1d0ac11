/**
 * The register's migrations, on the engine of the jest project (SQLite, and PostgreSQL in the
 * `postgres` project): applied to an empty database they give exactly the schema the client was
 * generated from, and several instances starting at once may all run them.
 */
import { execFile } from 'node:child_process';
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
    const migrations = fs
      .readdirSync(path.join(folder, 'migrations'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(recorded.map((r) => r.migration_name)).toEqual(migrations);
    expect(recorded.every((r) => Boolean(r.finished))).toBe(true);
  } finally {
    await db.$disconnect();
    await server?.drop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
