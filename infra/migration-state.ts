/**
 * Whether the register has every migration this version of the service ships. Commands that work on a
 * running service (`npm run create-account`, `set-password`) check it instead of migrating: on SQLite
 * Prisma's `migrate deploy` cannot lock a register the running service holds open (it fails with
 * "WASM_ERROR: unknown variant `SocketTimeout`"), and a command has no business changing the schema
 * under a running service anyway. `npm start` (or `npm run migrate`, service stopped) migrates.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from './database';
import { databaseEngine } from './database-url';
import { PROJECT_ROOT } from './project-root';

/** The migrations shipped for the register at `url`, by name, in order. */
export function shippedMigrations(url: string): string[] {
  const folder = databaseEngine(url) === 'postgres' ? ['prisma', 'postgres', 'migrations'] : ['prisma', 'migrations'];
  const dir = path.join(PROJECT_ROOT, ...folder);
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** The shipped migrations the register has not applied (all of them when it was never migrated). */
export async function pendingMigrations(db: Database, url: string): Promise<string[]> {
  const shipped = shippedMigrations(url);
  let applied: { migration_name: string }[];
  try {
    applied = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`;
  } catch {
    return shipped; // no table of migrations: an empty register
  }
  const done = new Set(applied.map((row) => row.migration_name));
  return shipped.filter((name) => !done.has(name));
}

export class NotMigrated extends Error {}

/** Throws, saying what to do, unless the register has every shipped migration. */
export async function requireMigrated(db: Database, url: string): Promise<void> {
  const pending = await pendingMigrations(db, url);
  if (!pending.length) return;
  const all = pending.length === shippedMigrations(url).length;
  throw new NotMigrated(
    [
      all
        ? 'The register is not migrated yet: it has none of its tables.'
        : `The register is not migrated yet: ${pending.length} migration(s) to apply (${pending.join(', ')}).`,
      'Start the service once (`npm start` applies them), or run `npm run migrate` while the service is stopped;',
      'then run this command again (it works while the service runs).',
    ].join('\n'),
  );
}
