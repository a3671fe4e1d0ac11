/**
 * One SQLite connection per register file in a process, however many clients open it. better-sqlite3
 * is synchronous: a second connection that meets a lock the first holds inside a transaction waits in
 * the event loop the first one needs to finish, until the busy timeout (5 s) fails it with
 * SQLITE_BUSY. Tests run worker and API in one process, and two API instances in one (`npm start` runs
 * them as two); sharing the connection lets the adapter's own transaction lock put them in turn.
 */
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';

type Factory = Pick<PrismaBetterSQLite3, 'provider' | 'adapterName' | 'connect'>;
type Connection = Awaited<ReturnType<Factory['connect']>>;

/**
 * Write-ahead logging: a commit appends to the -wal file with one sync instead of rewriting a rollback
 * journal (intake measured 1.3–1.6× as fast, `npm run bench -- vs-bare`), and readers no longer wait for
 * a writer. Every commit is on disk before it counts (synchronous FULL), set on each connection: it is
 * not kept in the file, and in WAL mode better-sqlite3's build defaults to NORMAL, which a commit can
 * survive a crash of the process but not of the machine. The journal mode is kept in the file, so the
 * -wal and -shm files belong with the register (back it up with `.backup`).
 */
async function inWalMode(connecting: Promise<Connection>): Promise<Connection> {
  const connection = await connecting;
  await connection.executeScript('PRAGMA journal_mode = WAL');
  await connection.executeScript('PRAGMA synchronous = FULL');
  await connection.executeScript(FORGET_DELETED);
  await connection.executeScript(OPTIMIZE_AT_OPEN);
  beginImmediately(connection);
  return connection;
}

/**
 * AVG: what a row held is overwritten when the row is changed or deleted, instead of staying in the freed
 * part of its page, where a copy of the file (a backup, a disk image) would still hold an erased name
 * (test/erasure-on-disk.test.ts). A per-connection setting; the cost is writing zeros where a row was.
 */
const FORGET_DELETED = 'PRAGMA secure_delete = ON';

/**
 * Issue 20: SQLite plans by the statistics ANALYZE keeps, and keeps none by itself (PostgreSQL's autovacuum
 * does). Without them a list of the open complaints by next deadline chose the status index and sorted
 * 300,000 rows of a million (1 s) instead of reading the first page off the deadline index (0.1 ms).
 * `PRAGMA optimize` analyses only tables that changed enough, each from a sample (SQLite 3.46+: fast on a
 * large register); 0x10002 at opening looks at every table, as SQLite advises. A long-running service
 * repeats it every hour.
 */
const OPTIMIZE_AT_OPEN = 'PRAGMA optimize = 0x10002';
const OPTIMIZE_EVERY_MS = 60 * 60 * 1000;

/**
 * Transactions take the write lock when they begin (BEGIN IMMEDIATE), not at their first write. With
 * the worker and the API in two processes (`npm start`), a transaction that read before it wrote failed
 * with "database is locked" at its first write whenever the other process had committed since its read:
 * in WAL mode SQLite cannot move a reader's snapshot forward, so it fails at once instead of waiting
 * (test/register-processes.test.ts: 47 of 600 such transactions failed). Begun immediately, it waits for
 * the other's commit, within the busy timeout. The adapter issues `BEGIN` itself, with no option for the
 * kind: its driver's statement for it is swapped, nothing else.
 */
function beginImmediately(connection: Connection): void {
  const driver = (connection as unknown as { client: { prepare(source: string): unknown } }).client;
  const prepare = driver.prepare.bind(driver);
  driver.prepare = (source) => prepare(source === 'BEGIN' ? 'BEGIN IMMEDIATE' : source);
}

const open = new Map<
  string,
  { connection: Promise<Connection>; users: number; optimizer: ReturnType<typeof setInterval> | undefined }
>();

export function sharedSqliteAdapter(url: string): Factory {
  const factory = new PrismaBetterSQLite3({ url });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const entry = open.get(url) ?? { connection: inWalMode(factory.connect()), users: 0, optimizer: undefined };
      if (!open.has(url)) {
        entry.optimizer = setInterval(() => {
          void entry.connection.then((c) => c.executeScript('PRAGMA optimize')).catch(() => undefined);
        }, OPTIMIZE_EVERY_MS).unref();
      }
      open.set(url, entry);
      entry.users += 1;
      const connection = await entry.connection;
      let disposed = false;
      return {
        provider: connection.provider,
        adapterName: connection.adapterName,
        queryRaw: (query) => connection.queryRaw(query),
        executeRaw: (query) => connection.executeRaw(query),
        executeScript: (script) => connection.executeScript(script),
        startTransaction: (isolationLevel) => connection.startTransaction(isolationLevel),
        getConnectionInfo: connection.getConnectionInfo?.bind(connection),
        // The file closes with its last client.
        async dispose() {
          if (disposed) return;
          disposed = true;
          entry.users -= 1;
          if (entry.users > 0) return;
          open.delete(url);
          clearInterval(entry.optimizer);
          await connection.dispose();
        },
      };
    },
  };
}
