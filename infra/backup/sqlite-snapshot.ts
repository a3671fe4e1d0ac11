/**
 * Consistent copies of SQLite files that a running service keeps writing, with SQLite's online backup API
 * (better-sqlite3's `backup()`), never a file copy: a copy of a file mid-write, or without its -wal file,
 * is a broken database. Each source gets a read transaction first, in the order given, and is then copied
 * inside it in one step, so each copy is the database as it was at its snapshot's moment. Under write-ahead
 * logging (the register; the dev server as `npm start` runs it) the service's writes go on meanwhile; in
 * rollback mode they wait for the copy (milliseconds per megabyte). The copies are left in rollback mode:
 * one self-contained file each.
 */
import Database from 'better-sqlite3';

// A writer holding the lock is waited for this long before the backup gives up.
const BUSY_TIMEOUT_MS = 10_000;

export interface Snapshot {
  source: string;
  target: string;
  /** When its read transaction began (epoch ms): the moment the copy shows. */
  takenAt: number;
}

export async function snapshotSqlite(pairs: { source: string; target: string }[]): Promise<Snapshot[]> {
  const open = pairs.map((p) => ({
    ...p,
    db: new Database(p.source, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS }),
  }));
  try {
    const taken = open.map(({ db }) => {
      db.exec('BEGIN');
      // A transaction starts reading at its first read: this fixes the snapshot now, not at the copy.
      db.prepare('SELECT COUNT(*) FROM sqlite_master').get();
      return Date.now();
    });
    for (const { db, target } of open) {
      // All pages in one step: a step-by-step copy restarts whenever another process writes in between.
      await db.backup(target, { progress: ({ totalPages }) => Math.max(totalPages, 1) });
      const copy = new Database(target);
      copy.pragma('journal_mode = DELETE');
      copy.close();
    }
    return open.map(({ source, target }, i) => ({ source, target, takenAt: taken[i] }));
  } finally {
    for (const { db } of open) {
      if (db.inTransaction) db.exec('COMMIT');
      db.close();
    }
  }
}
