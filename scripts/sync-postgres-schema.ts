/**
 * Keeps the register's PostgreSQL schema and migrations (prisma/postgres/) in step with the SQLite
 * schema developers edit (prisma/schema.prisma), so that one command does it after any change or merge:
 *
 *   npm run db:sync [-- name]   regenerate the PostgreSQL schema and, when it changed, write a migration
 *                               by diffing the previous generated schema against the new one (offline)
 *   npm run db:check            fail when prisma/postgres/ is out of step (part of `npm run lint`)
 *
 * Each PostgreSQL migration records, in its header, the schema it leads to and the SQLite migrations it
 * stands for; the check compares those with what is committed.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  migrationHeader,
  migrationsIn,
  POSTGRES_MIGRATIONS,
  POSTGRES_SCHEMA,
  postgresSchema,
  readMigrationHeader,
  ROOT,
  schemaHash,
  SQLITE_MIGRATIONS,
  SQLITE_SCHEMA,
} from './postgres-schema';

const PRISMA = path.join(ROOT, 'node_modules', '.bin', 'prisma');
const LOCK = path.join(POSTGRES_MIGRATIONS, 'migration_lock.toml');
const rel = (file: string) => path.relative(ROOT, file);
const read = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined);

interface State {
  wanted: string;
  committed?: string;
  migrations: string[];
  /** The schema hash the newest PostgreSQL migration leads to. */
  migratedTo?: string;
  /** SQLite migrations that no PostgreSQL migration stands for yet. */
  uncovered: string[];
}

function state(): State {
  const migrations = migrationsIn(POSTGRES_MIGRATIONS);
  const headers = migrations
    .map((m) => read(path.join(POSTGRES_MIGRATIONS, m, 'migration.sql')) ?? '')
    .map(readMigrationHeader);
  const covered = new Set(headers.flatMap((h) => h?.covers ?? []));
  return {
    wanted: postgresSchema(fs.readFileSync(SQLITE_SCHEMA, 'utf8')),
    committed: read(POSTGRES_SCHEMA),
    migrations,
    migratedTo: headers.at(-1)?.schema,
    uncovered: migrationsIn(SQLITE_MIGRATIONS).filter((m) => !covered.has(m)),
  };
}

function problems(s: State): string[] {
  const found: string[] = [];
  if (s.committed !== s.wanted) found.push(`${rel(POSTGRES_SCHEMA)} is not what prisma/schema.prisma gives`);
  for (const m of s.migrations) {
    if (!fs.existsSync(path.join(POSTGRES_MIGRATIONS, m, 'migration.sql'))) found.push(`${m} has no migration.sql`);
  }
  if (!migrationsLeadToSchema(s)) {
    found.push(
      `the newest PostgreSQL migration (${s.migrations.at(-1) ?? 'none'}) does not lead to ${rel(POSTGRES_SCHEMA)}`,
    );
  }
  for (const m of s.uncovered) found.push(`SQLite migration ${m} has no PostgreSQL counterpart`);
  if (!/provider\s*=\s*"postgresql"/.test(read(LOCK) ?? ''))
    found.push(`${rel(LOCK)} must say provider = "postgresql"`);
  return found;
}

/** db:sync diffs from the committed schema: only sound when the migrations lead to exactly it. */
function migrationsLeadToSchema(s: State): boolean {
  return s.committed === undefined ? s.migrations.length === 0 : s.migratedTo === schemaHash(s.committed);
}

const REPAIR =
  'A PostgreSQL migration is missing (not committed?), or two branches each ran db:sync and were merged: ' +
  'restore prisma/postgres/ from git (after such a merge, one branch’s prisma/postgres/ only), then run `npm run db:sync`.';

function check(): void {
  const s = state();
  const found = problems(s);
  if (found.length === 0) return console.log('db:check: prisma/postgres/ is in step with prisma/schema.prisma');
  const advice = migrationsLeadToSchema(s) ? 'Run `npm run db:sync` and commit prisma/postgres/.' : REPAIR;
  console.error(
    ['db:check: the PostgreSQL schema or its migrations are out of step with prisma/schema.prisma:']
      .concat(
        found.map((p) => `  - ${p}`),
        [advice],
      )
      .join('\n'),
  );
  process.exit(1);
}

/** SQL that brings a database from `from` (a schema text, or nothing) to `to`, by Prisma's offline diff. */
function diff(from: string | undefined, to: string): string {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'db-sync-'));
  try {
    const file = (name: string, text: string) => (fs.writeFileSync(path.join(tmp, name), text), path.join(tmp, name));
    const source = from === undefined ? ['--from-empty'] : ['--from-schema-datamodel', file('from.prisma', from)];
    const args = ['migrate', 'diff', ...source, '--to-schema-datamodel', file('to.prisma', to), '--script'];
    return execFileSync(PRISMA, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

const isEmptySql = (sql: string) => sql.replace(/--.*$/gm, '').trim() === '';

/** A UTC timestamp as Prisma names migrations, later than the newest one already there. */
function timestamp(after?: string): string {
  const now = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const last = after?.slice(0, 14);
  return last && now <= last ? String(BigInt(last) + 1n) : now;
}

function defaultName(s: State): string {
  if (s.migrations.length === 0) return 'baseline';
  const names = s.uncovered.map((m) => m.replace(/^\d+_/, ''));
  return (names.join('_') || 'sync').slice(0, 60);
}

function sync(name?: string): void {
  const s = state();
  const baseline = s.migrations.length === 0;
  if (!migrationsLeadToSchema(s)) {
    console.error(`db:sync: nothing written. ${problems(s).join('; ')}.\n${REPAIR}`);
    process.exit(1);
  }
  const changed = baseline || s.committed === undefined || schemaHash(s.committed) !== schemaHash(s.wanted);
  if (changed || s.uncovered.length > 0) {
    const sql = diff(baseline ? undefined : s.committed, s.wanted);
    const folder = `${timestamp(s.migrations.at(-1))}_${(name ?? defaultName(s)).replace(/[^A-Za-z0-9_]/g, '_')}`;
    fs.mkdirSync(path.join(POSTGRES_MIGRATIONS, folder), { recursive: true });
    const header = migrationHeader({ schema: schemaHash(s.wanted), covers: s.uncovered });
    fs.writeFileSync(path.join(POSTGRES_MIGRATIONS, folder, 'migration.sql'), header + '\n' + sql);
    console.log(`db:sync: wrote ${rel(POSTGRES_MIGRATIONS)}/${folder}/migration.sql`);
    if (s.uncovered.length > 0) {
      const what = isEmptySql(sql) ? 'no schema change' : 'the schema change';
      console.log(`  ${what} for ${s.uncovered.join(', ')}: data they change (UPDATE, INSERT) is yours to add`);
    }
  }
  if (!fs.existsSync(LOCK)) {
    fs.writeFileSync(LOCK, '# Written by db:sync; Prisma checks it.\nprovider = "postgresql"\n');
  }
  if (s.committed !== s.wanted) {
    fs.writeFileSync(POSTGRES_SCHEMA, s.wanted);
    console.log(`db:sync: wrote ${rel(POSTGRES_SCHEMA)}; generating its client`);
    execFileSync(path.join(ROOT, 'scripts', 'generate-clients.sh'), { cwd: ROOT, stdio: 'inherit' });
  } else if (!changed && s.uncovered.length === 0) {
    console.log('db:sync: prisma/postgres/ is already in step with prisma/schema.prisma');
  }
}

const [command, name] = process.argv.slice(2);
if (command === 'check') check();
else if (command === 'sync') sync(name);
else {
  console.error('usage: sync-postgres-schema.ts sync [migration-name] | check');
  process.exit(2);
}
