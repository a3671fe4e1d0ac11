/**
 * One SQLite connection per register file in a process, however many clients open it. better-sqlite3
 * is synchronous: a second connection that meets a lock the first holds inside a transaction can only
 * wait for it to end, and the first ends it in the same event loop. Tests run worker and API in one
 * process, and two API instances in one (`npm start` runs them as two); sharing the connection puts
 * their transactions in turn (`transactionsInTurn`).
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
  await connection.executeScript(NO_BUSY_WAIT);
  return connection;
}

/**
 * Issue 20: a statement that meets the other process's write lock fails at once (SQLITE_BUSY) and is
 * tried again a moment later from the event loop (`whileBusy`), instead of waiting in SQLite's busy
 * handler: that handler sleeps inside the synchronous call, and with it the whole process, every request
 * it serves and every workflow task it runs. (The bench's rates did not change with it: the API's time
 * inside SQLite's calls, 3.9 s of its 19.5 s in a CPU profile, is mostly SQLite's own work and its syncs.)
 */
const NO_BUSY_WAIT = 'PRAGMA busy_timeout = 0';
/** As long as the busy timeout was (better-sqlite3's default): then the statement fails as it did. */
const BUSY_LIMIT_MS = 5_000;
const LONGEST_PAUSE_MS = 16;

async function whileBusy<T>(attempt: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + BUSY_LIMIT_MS;
  for (let pause = 1; ; pause = Math.min(2 * pause, LONGEST_PAUSE_MS)) {
    try {
      return await attempt();
    } catch (error) {
      if (!isBusy(error) || Date.now() > deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
}

/**
 * SQLITE_BUSY, as better-sqlite3 throws it or as the adapter wraps it. A statement refused with it did
 * nothing, so it can be run again; inside a transaction none is met, because it began holding the lock.
 */
function isBusy(error: unknown): boolean {
  const code =
    (error as { code?: unknown }).code ?? (error as { cause?: { originalCode?: unknown } }).cause?.originalCode;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

type Transaction = Awaited<ReturnType<Connection['startTransaction']>>;

/**
 * Transactions on the shared connection, one at a time in the order they were asked for, each begun (with
 * BEGIN IMMEDIATE, see `beginImmediately`) once the file's write lock is free. This takes the adapter's
 * place: its own start waits for that lock inside the synchronous BEGIN, and it never lets go of its turn
 * when BEGIN fails. Prisma sends COMMIT and ROLLBACK itself; the transaction's commit and rollback end the
 * turn, as the adapter's do.
 */
function transactionsInTurn(connection: Connection): Connection['startTransaction'] {
  let last = Promise.resolve();
  return async (isolationLevel) => {
    // The adapter refuses the levels SQLite does not have, with Prisma's own error.
    if (isolationLevel && isolationLevel !== 'SERIALIZABLE') return connection.startTransaction(isolationLevel);
    const before = last;
    let endTurn!: () => void;
    last = new Promise<void>((resolve) => (endTurn = resolve));
    await before;
    try {
      await whileBusy(() => connection.executeRaw({ sql: 'BEGIN', args: [], argTypes: [] }));
    } catch (error) {
      endTurn();
      throw error;
    }
    const end = () => {
      endTurn();
      return Promise.resolve();
    };
    const transaction: Transaction = {
      provider: connection.provider,
      adapterName: connection.adapterName,
      options: { usePhantomQuery: false },
      queryRaw: (query) => connection.queryRaw(query),
      executeRaw: (query) => connection.executeRaw(query),
      commit: end,
      rollback: end,
    };
    return transaction;
  };
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
 * the other's commit (`whileBusy`). `BEGIN` is sent as the adapter sends it, with no option for the kind:
 * the driver's statement for it is swapped, nothing else.
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

interface Shared {
  connection: Promise<Connection>;
  /** Made with the connection: see `transactionStart`. */
  startTransaction?: Connection['startTransaction'];
  users: number;
  optimizer: ReturnType<typeof setInterval> | undefined;
}

const open = new Map<string, Shared>();

/** The one transaction start of the file's connection, however many clients share it. */
function transactionStart(shared: Shared, connection: Connection): Connection['startTransaction'] {
  return (shared.startTransaction ??= transactionsInTurn(connection));
}

export function sharedSqliteAdapter(url: string): Factory {
  const factory = new PrismaBetterSQLite3({ url });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      let entry = open.get(url);
      if (!entry) {
        const connection = inWalMode(factory.connect());
        entry = { connection, users: 0, optimizer: undefined };
        entry.optimizer = setInterval(() => {
          void connection.then((c) => c.executeScript('PRAGMA optimize')).catch(() => undefined);
        }, OPTIMIZE_EVERY_MS).unref();
        open.set(url, entry);
      }
      const shared = entry;
      shared.users += 1;
      const connection = await shared.connection;
      const startTransaction = transactionStart(shared, connection);
      let disposed = false;
      return {
        provider: connection.provider,
        adapterName: connection.adapterName,
        queryRaw: (query) => whileBusy(() => connection.queryRaw(query)),
        executeRaw: (query) => whileBusy(() => connection.executeRaw(query)),
        executeScript: (script) => connection.executeScript(script),
        startTransaction,
        getConnectionInfo: connection.getConnectionInfo?.bind(connection),
        // The file closes with its last client.
        async dispose() {
          if (disposed) return;
          disposed = true;
          shared.users -= 1;
          if (shared.users > 0) return;
          open.delete(url);
          clearInterval(shared.optimizer);
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
 * keeps the lock stops the other process too. `transactionsInTurn` keeps this process's own transactions
 * in turn; the connection opens with the client's first query when it has not yet.
 */
export async function inWriteTransaction(
  url: string,
  connect: () => Promise<void>,
  work: (run: (sql: string, values: unknown[]) => void) => void,
): Promise<void> {
  if (!open.has(url)) await connect();
  const shared = open.get(url)!;
  const connection = await shared.connection;
  const driver = (connection as unknown as { client: Driver }).client;
  const transaction = await transactionStart(shared, connection)();
  try {
    work((sql, values) => driver.prepare(sql).run(...values));
    driver.prepare('COMMIT').run();
  } catch (error) {
    driver.prepare('ROLLBACK').run();
    throw error;
  } finally {
    // The transaction's commit and rollback only let this process's next transaction begin.
    await transaction.commit();
  }
}
