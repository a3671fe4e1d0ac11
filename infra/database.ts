/**
 * The register's client, chosen by DATABASE_URL: a SQLite file (`file:`, the default) or PostgreSQL
 * (`postgresql://`). Prisma generates one client per provider from the same models
 * (generated/prisma and generated/prisma-postgres, see scripts/sync-postgres-schema.ts), and each
 * refuses the other's adapter; their query API is the same, so the rest of the code knows one type.
 */
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';
import { PrismaClient as PostgresClient } from '../generated/prisma-postgres/client';
import { databaseEngine, type DatabaseEngine } from './database-url';
import { sharedSqliteAdapter } from './sqlite-connection';

export type Database = PrismaClient;

/**
 * PostgreSQL's JIT compiles a query whose estimated cost passes a threshold; the reports' aggregates over a
 * year of complaints pass it, and compiling cost more than running (one report query: 362 of 446 ms, 57 ms
 * without). The register's queries are short, so it is off; `?options=-c%20jit%3Don` in DATABASE_URL,
 * which takes precedence, turns it back on.
 */
const POSTGRES_OPTIONS = '-c jit=off';

/** One client per process; queries go through a driver adapter (no native engine). */
export function openDatabase(url: string): Database {
  if (databaseEngine(url) === 'postgres') {
    // Model types are identical; the PostgreSQL client only adds options (`mode`, isolation levels).
    return new PostgresClient({
      adapter: new PrismaPg({ connectionString: url, options: POSTGRES_OPTIONS }),
    }) as Database;
  }
  return new PrismaClient({ adapter: sharedSqliteAdapter(url) });
}

/**
 * The engine behind a client or a transaction's client, for the few statements written out per engine (the
 * list's text search). Prisma's clients are proxies (no `instanceof`); each names its provider.
 */
export function engineOf(db: Database): DatabaseEngine {
  return (db as unknown as { _activeProvider?: string })._activeProvider === 'postgresql' ? 'postgres' : 'sqlite';
}
