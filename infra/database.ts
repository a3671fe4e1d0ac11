import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '../generated/prisma/client';

export type Database = PrismaClient;

/** One client per process; queries go through the better-sqlite3 driver adapter (no native engine). */
export function openDatabase(url: string): Database {
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}
