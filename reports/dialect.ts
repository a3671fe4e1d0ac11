/**
 * The reports' SQL runs on SQLite (the register today) and on PostgreSQL alike: everything is the SQL
 * both speak (CASE, COUNT, SUM, VALUES, LIMIT … OFFSET), except the two things they spell differently,
 * kept here so that the rest stays one text: the days between two moments, and a moment whose type the
 * database cannot take from a column (a VALUES list: PostgreSQL would read a bare parameter as text).
 */
import { Prisma } from '../generated/prisma/client';
import type { Database } from '../infra/database';

export type Dialect = 'sqlite' | 'postgresql';

/** The provider the Prisma client was generated for (schema.prisma's datasource). */
export function dialectOf(db: Database): Dialect {
  const provider = (db as unknown as { _activeProvider?: string })._activeProvider;
  if (provider === 'sqlite' || provider === 'postgresql') return provider;
  // Fail loudly rather than run SQLite's date arithmetic on something else.
  throw new Error(`reports do not know the SQL of database provider ${String(provider)}`);
}

/** `later − earlier` in days, fractional. Prisma keeps SQLite's DateTime as ISO text, which julianday reads. */
export function daysBetween(dialect: Dialect, later: Prisma.Sql, earlier: Prisma.Sql): Prisma.Sql {
  return dialect === 'sqlite'
    ? Prisma.sql`(julianday(${later}) - julianday(${earlier}))`
    : Prisma.sql`(EXTRACT(EPOCH FROM (${later} - ${earlier})) / 86400.0)`;
}

/** A moment as a value of the register's DateTime columns, wherever it stands. */
export function moment(dialect: Dialect, at: Date): Prisma.Sql {
  return dialect === 'sqlite' ? Prisma.sql`${at}` : Prisma.sql`CAST(${at} AS TIMESTAMP(3))`;
}

/**
 * The minute a moment lies in, as UTC text YYYY-MM-DDTHH:MM: every local midnight of every time zone is a
 * whole minute, so the minute tells on which side of any day boundary the moment lies.
 */
export function minuteOf(dialect: Dialect, at: Prisma.Sql): Prisma.Sql {
  return dialect === 'sqlite'
    ? Prisma.sql`strftime('%Y-%m-%dT%H:%M', ${at})`
    : Prisma.sql`to_char(${at}, 'YYYY-MM-DD"T"HH24:MI')`;
}

/** A COUNT or SUM as a number: SQLite's driver and PostgreSQL give bigint or numeric strings. */
export const num = (value: bigint | number | string | null | undefined): number => (value == null ? 0 : Number(value));
