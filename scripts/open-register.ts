/**
 * The register for a command that runs beside the service (the account commands): opened as it is,
 * never migrated here (infra/migration-state.ts says why). A register that is missing or behind is
 * named, with what to do, instead of an error from deep inside Prisma.
 */
import fs from 'node:fs';
import { loadConfig } from '../infra/config';
import { openDatabase, type Database } from '../infra/database';
import { databaseEngine, redactedUrl } from '../infra/database-url';
import { NotMigrated, requireMigrated } from '../infra/migration-state';

export async function openRegister(): Promise<Database> {
  const url = loadConfig().databaseUrl;
  if (databaseEngine(url) === 'sqlite' && !fs.existsSync(url.replace(/^file:/, ''))) {
    throw new NotMigrated(
      `The register is not migrated yet: there is no register at ${redactedUrl(url)}.\n` +
        'Start the service once (`npm start` makes and migrates it), or run `npm run migrate`; then run this command again.',
    );
  }
  const db = openDatabase(url);
  try {
    await requireMigrated(db, url);
  } catch (error) {
    await db.$disconnect();
    throw error;
  }
  return db;
}
