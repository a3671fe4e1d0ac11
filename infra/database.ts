/**
 * The register's client, chosen by DATABASE_URL: a SQLite file (`file:`, the default) or PostgreSQL
 * (`postgresql://`). Prisma generates one client per provider from the same models
 * (generated/prisma and generated/prisma-postgres, see scripts/sync-postgres-schema.ts), and each
 * refuses the other's adapter; their query API is the same, so the rest of the code knows one type.
 */
import { PrismaPg } from '@prisma/adapter-pg';
import { Prisma, PrismaClient } from '../generated/prisma/client';
import { PrismaClient as PostgresClient } from '../generated/prisma-postgres/client';
import { databaseEngine, type DatabaseEngine } from './database-url';
import { inWriteTransaction, sharedSqliteAdapter } from './sqlite-connection';

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
  const client = new PrismaClient({ adapter: sharedSqliteAdapter(url) });
  sqliteFiles.set(client, url);
  return client;
}

/** The SQLite file behind each client openDatabase made for one. */
const sqliteFiles = new WeakMap<Database, string>();

/**
 * Issue 20: statements that land together or not at all, written once for both engines (`Prisma.sql`). On
 * SQLite one synchronous transaction that holds the write lock only while SQLite works (see
 * inWriteTransaction); on PostgreSQL one batch transaction. Cheaper than model queries on both: no query
 * plan is compiled for a raw statement.
 */
export async function writeTogether(db: Database, statements: Prisma.Sql[]): Promise<void> {
  const file = sqliteFiles.get(db);
  if (!file) {
    await db.$transaction(statements.map((statement) => db.$executeRaw(statement)));
    return;
  }
  await inWriteTransaction(
    file,
    () => db.$connect(),
    (run) => statements.forEach((statement) => run(statement.sql, statement.values.map(asSqliteValue))),
  );
}

/** A value as Prisma keeps it in SQLite: a DateTime as ISO text ending in "+00:00", a Boolean as 0 or 1. */
function asSqliteValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace('Z', '+00:00');
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

/**
 * The engine behind a client or a transaction's client, for the few statements written out per engine (the
 * list's text search). Prisma's clients are proxies (no `instanceof`); each names its provider.
 */
export function engineOf(db: Database): DatabaseEngine {
  return (db as unknown as { _activeProvider?: string })._activeProvider === 'postgresql' ? 'postgres' : 'sqlite';
}
