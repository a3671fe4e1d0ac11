/**
 * The PostgreSQL adapter Prisma's schema engine migrates through (prisma.config.ts). The engine reads
 * the catalog, whose columns of type `name` (type id 19) and `"char"` (18) @prisma/adapter-pg 6.19
 * cannot map ("Column type 'name' could not be deserialized", prisma/prisma#27403): `migrate deploy`
 * fails on them. Both hold plain text, so a client that labels them text (25) before the adapter
 * looks is enough. Queries of the service itself never read the catalog: they use the plain adapter.
 */
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';

const CHAR = 18;
const NAME = 19;
const TEXT = 25;

function asText<T>(result: T): T {
  for (const one of Array.isArray(result) ? result : [result]) {
    for (const field of (one as pg.QueryResult | undefined)?.fields ?? []) {
      if (field.dataTypeID === CHAR || field.dataTypeID === NAME) field.dataTypeID = TEXT;
    }
  }
  return result;
}

/** pg's client, with catalog text types relabelled; used by the pool both with callbacks and promises. */
export class CatalogAsTextClient extends pg.Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- one wrapper for all of pg's overloads
  override query(...args: any[]): any {
    const last = args.length - 1;
    if (typeof args[last] === 'function') {
      const callback = args[last] as (error: Error | null, result?: unknown) => void;
      args[last] = (error: Error | null, result?: unknown) => callback(error, error ? result : asText(result));
      return (super.query as (...a: unknown[]) => unknown)(...args);
    }
    const out = (super.query as (...a: unknown[]) => unknown)(...args);
    return out instanceof Promise ? out.then(asText) : out;
  }
}

export function schemaEngineAdapter(url: string): PrismaPg {
  // The CLI does not close the pool: without allowExitOnIdle each command waited out pg's 10 s idle timeout.
  return new PrismaPg({
    connectionString: url,
    Client: CatalogAsTextClient,
    allowExitOnIdle: true,
    idleTimeoutMillis: 50,
  });
}
