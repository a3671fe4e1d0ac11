/**
 * One SQLite connection per register file in a process, however many clients open it. better-sqlite3
 * is synchronous: a second connection that meets a lock the first holds inside a transaction waits in
 * the event loop the first one needs to finish, until the busy timeout (5 s) fails it with
 * SQLITE_BUSY. Tests run worker and API in one process, and two API instances in one (`npm start` runs
 * them as two); sharing the connection lets the adapter's own transaction lock put them in turn.
 */
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import type { Database as Driver, Statement } from 'better-sqlite3';

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
  reuseStatements(connection);
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

/**
 * Issue 20: a statement is prepared once per connection and SQL text, not at every query: the adapter calls
 * better-sqlite3's `prepare` for each one, which took 4 % of the main thread of a simulated year (SQLite
 * parsing and planning the same few hundred statements again and again). A better-sqlite3 statement can be
 * bound only once for good, so the adapter's `prepare(sql).bind(args)` gets the kept statement with the
 * arguments handed to each call instead; SQLite prepares a kept statement again by itself when the schema
 * changes. The adapter's calls are synchronous, so no two uses of one statement overlap.
 */
const KEPT_STATEMENTS = 500;

function reuseStatements(connection: Connection): void {
  const driver = (connection as unknown as { client: { prepare(source: string): Statement } }).client;
  const prepare = driver.prepare.bind(driver);
  const kept = new Map<string, Statement>();
  driver.prepare = (source) => {
    let statement = kept.get(source);
    if (!statement) {
      statement = withArgumentsPerCall(prepare(source));
      // The oldest out: the service's statements are few and steady, the bound only stops a runaway.
      if (kept.size >= KEPT_STATEMENTS) kept.delete(kept.keys().next().value!);
      kept.set(source, statement);
    }
    return statement;
  };
}

/** `statement`, whose bind(args) gives the calls the adapter makes, each with `args`, leaving it unbound. */
function withArgumentsPerCall(statement: Statement): Statement {
  // raw() is refused by a statement that returns no rows, and its mode stays with the kept statement: set at each call.
  const bound = (args: unknown[]) => ({
    reader: statement.reader,
    columns: () => statement.columns(),
    run: () => statement.run(...args),
    raw: () => ({ all: () => statement.raw(true).all(...args) }),
    all: () => statement.raw(false).all(...args),
    get: () => statement.raw(false).get(...args),
  });
  return new Proxy(statement, {
    get(target, key) {
      if (key === 'bind') return (...args: unknown[]) => bound(args);
      const value: unknown = Reflect.get(target, key, target);
      // better-sqlite3's methods work on the statement itself only, not on a proxy of it.
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
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

/**
 * Issue 20: runs `work` as one write transaction on the process's connection to `url`, synchronously: the
 * write lock is held while SQLite executes the statements (well under a millisecond), not across the
 * event-loop turns between the statements of a Prisma transaction. The other process of `npm start` waits
 * for that lock in SQLite's busy handler, which stops its whole event loop, so every turn a transaction
 * keeps the lock stops the other process too. The adapter's transaction start keeps this process's own
 * transactions in turn; the connection opens with the client's first query when it has not yet.
 */
export async function inWriteTransaction(
  url: string,
  connect: () => Promise<void>,
  work: (run: (sql: string, values: unknown[]) => void) => void,
): Promise<void> {
  if (!open.has(url)) await connect();
  const connection = await open.get(url)!.connection;
  const driver = (connection as unknown as { client: Driver }).client;
  const transaction = await connection.startTransaction();
  try {
    work((sql, values) => driver.prepare(sql).run(...values));
    driver.prepare('COMMIT').run();
  } catch (error) {
    driver.prepare('ROLLBACK').run();
    throw error;
  } finally {
    // The adapter's commit and rollback only let this process's next transaction begin.
    await transaction.commit();
  }
}
