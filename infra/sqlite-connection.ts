/**
 * One SQLite connection per register file in a process, however many clients open it. better-sqlite3
 * is synchronous: a second connection that meets a lock the first holds inside a transaction waits in
 * the event loop the first one needs to finish, until the busy timeout (5 s) fails it with
 * SQLITE_BUSY. `npm start` runs worker and API in one process, and tests run two API instances in
 * one; sharing the connection lets the adapter's own transaction lock put them in turn.
 */
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';

type Factory = Pick<PrismaBetterSQLite3, 'provider' | 'adapterName' | 'connect'>;
type Connection = Awaited<ReturnType<Factory['connect']>>;

/**
 * Write-ahead logging: a commit appends to the -wal file with one sync instead of rewriting a rollback
 * journal (intake measured 1.3–1.6× as fast, `npm run bench -- vs-bare`), and readers no longer wait for
 * a writer. SQLite's synchronous stays FULL: every commit is on disk before it counts. The mode is kept
 * in the file, so the -wal and -shm files belong with the register (back it up with `.backup`).
 */
async function inWalMode(connecting: Promise<Connection>): Promise<Connection> {
  const connection = await connecting;
  await connection.executeScript('PRAGMA journal_mode = WAL');
  return connection;
}

const open = new Map<string, { connection: Promise<Connection>; users: number }>();

export function sharedSqliteAdapter(url: string): Factory {
  const factory = new PrismaBetterSQLite3({ url });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const entry = open.get(url) ?? { connection: inWalMode(factory.connect()), users: 0 };
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
          await connection.dispose();
        },
      };
    },
  };
}
