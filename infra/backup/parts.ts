/**
 * What `npm start` keeps, by where configuration puts it: the register (a SQLite file), the dev server's
 * Temporal database, the key file, the mail outbox and the attachments' files. A part that lives elsewhere (a PostgreSQL
 * register, an external Temporal, keys in ENCRYPTION_KEYS) is named with the reason and the tool that
 * backs it up instead (README, "Backups").
 */
import path from 'node:path';
import type { Config } from '../config';
import { databaseEngine } from '../database-url';
import { keyFilePath } from '../keyring';

export type PartName = 'register' | 'temporal' | 'keys' | 'outbox' | 'attachments';

/** A part's place on this machine, or why it is not one this command copies. */
export type Part = { name: PartName } & ({ file: string } | { dir: string } | { elsewhere: string });

/** The SQLite file of a `file:` URL. */
export const sqliteFile = (url: string) => path.resolve(url.replace(/^file:/, '').replace(/\?.*$/, ''));

export function partsOf(config: Config): Part[] {
  return [
    databaseEngine(config.databaseUrl) === 'sqlite'
      ? { name: 'register', file: sqliteFile(config.databaseUrl) }
      : { name: 'register', elsewhere: 'the register is on PostgreSQL: back it up with pg_dump' },
    config.temporal.address
      ? { name: 'temporal', elsewhere: `Temporal runs at ${config.temporal.address}: back up its own database` }
      : { name: 'temporal', file: path.join(config.dataDir, 'temporal.db') },
    config.encryptionKeys
      ? { name: 'keys', elsewhere: 'the keys are in ENCRYPTION_KEYS: keep them where that setting is kept' }
      : { name: 'keys', file: keyFilePath(config) },
    { name: 'outbox', dir: config.mail.outboxDir },
    { name: 'attachments', dir: config.attachments.dir },
  ];
}
