/**
 * The register's PostgreSQL schema is derived, never written by hand: prisma/schema.prisma (SQLite) is
 * the one developers edit, and Prisma allows one provider per schema. This module says what differs
 * and how a migration remembers the schema it was written for; scripts/sync-postgres-schema.ts acts.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..');
export const SQLITE_SCHEMA = path.join(ROOT, 'prisma', 'schema.prisma');
export const SQLITE_MIGRATIONS = path.join(ROOT, 'prisma', 'migrations');
export const POSTGRES_DIR = path.join(ROOT, 'prisma', 'postgres');
export const POSTGRES_SCHEMA = path.join(POSTGRES_DIR, 'schema.prisma');
export const POSTGRES_MIGRATIONS = path.join(POSTGRES_DIR, 'migrations');

const HEADER = [
  '// GENERATED from prisma/schema.prisma by `npm run db:sync` (scripts/sync-postgres-schema.ts): do not edit.',
  '// The same register on PostgreSQL: another provider and client; its migrations are in ./migrations.',
  '',
].join('\n');

function replaceOnce(text: string, pattern: RegExp, replace: (...groups: string[]) => string, what: string): string {
  const matches = text.match(new RegExp(pattern.source, pattern.flags + 'g'))?.length ?? 0;
  if (matches !== 1) throw new Error(`prisma/schema.prisma: expected one ${what}, found ${matches}`);
  return text.replace(pattern, (...groups: string[]) => replace(...groups));
}

/** The PostgreSQL schema for a SQLite schema: provider and client output differ, the models do not. */
export function postgresSchema(sqlite: string): string {
  let pg = replaceOnce(
    sqlite,
    /(datasource\s+\w+\s*\{[^}]*?provider\s*=\s*)"sqlite"/,
    (_, head) => `${head}"postgresql"`,
    'datasource with provider "sqlite"',
  );
  // The client goes next to the SQLite one, with "-postgres" added: infra/database.ts imports both.
  pg = replaceOnce(
    pg,
    /(generator\s+client\s*\{[^}]*?output\s*=\s*)"([^"]+)"/,
    (_, head, output) => {
      const target = path.resolve(path.dirname(SQLITE_SCHEMA), output) + '-postgres';
      return `${head}"${path.relative(POSTGRES_DIR, target).split(path.sep).join('/')}"`;
    },
    'client generator with an output',
  );
  return HEADER + pg;
}

/** A schema without comments and blank lines: what a migration depends on (doc comments change no SQL). */
export function withoutComments(schema: string): string {
  const lines = schema.split('\n').map((line) => {
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      if (line[i] === '"' && line[i - 1] !== '\\') quoted = !quoted;
      if (!quoted && line.startsWith('//', i)) return line.slice(0, i).trimEnd();
    }
    return line.trimEnd();
  });
  return lines.filter((line) => line.trim() !== '').join('\n');
}

export function schemaHash(schema: string): string {
  return createHash('sha256').update(withoutComments(schema)).digest('hex');
}

/** What db:sync writes atop each PostgreSQL migration, read back by db:check and by the next db:sync. */
export interface MigrationHeader {
  /** The hash of the PostgreSQL schema this migration brings a database to. */
  schema: string;
  /** The SQLite migrations it stands for. */
  covers: string[];
}

const SCHEMA_LINE = '-- db:sync schema sha256:';
const COVERS_LINE = '-- db:sync covers:';

export function migrationHeader(header: MigrationHeader): string {
  return [
    '-- Written by `npm run db:sync` (scripts/sync-postgres-schema.ts) from prisma/schema.prisma.',
    `${SCHEMA_LINE} ${header.schema}`,
    `${COVERS_LINE} ${header.covers.join(' ') || '-'}`,
    '',
  ].join('\n');
}

export function readMigrationHeader(sql: string): MigrationHeader | undefined {
  const value = (prefix: string) =>
    sql
      .split('\n')
      .find((line) => line.startsWith(prefix))
      ?.slice(prefix.length)
      .trim();
  const schema = value(SCHEMA_LINE);
  if (!schema) return undefined;
  return { schema, covers: (value(COVERS_LINE) ?? '').split(' ').filter((m) => m && m !== '-') };
}

/** Migration folders, oldest first (their names start with a UTC timestamp). */
export function migrationsIn(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}
