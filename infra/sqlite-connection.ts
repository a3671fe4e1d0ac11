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

const open = new Map<string, { connection: Promise<Connection>; users: number }>();

export function sharedSqliteAdapter(url: string): Factory {
  const factory = new PrismaBetterSQLite3({ url });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const entry = open.get(url) ?? { connection: factory.connect(), users: 0 };
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
