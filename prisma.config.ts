// Prisma runs offline here only with its WebAssembly schema engine and a driver adapter
// (see ../shared/ENVIRONMENT.md): the native engines it would otherwise download are unreachable.
// One schema per provider: DATABASE_URL's scheme picks SQLite (prisma/) or PostgreSQL (prisma/postgres/,
// generated from the SQLite schema by scripts/sync-postgres-schema.ts), with its migrations and adapter.
import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { databaseEngine, databaseUrl } from './infra/database-url';
import { schemaEngineAdapter } from './infra/postgres-schema-engine';

// Prisma does not read .env when this file exists; the schema's env("DATABASE_URL") needs a value.
process.env.DATABASE_URL ??= databaseUrl();
const url = process.env.DATABASE_URL;
const folder = databaseEngine(url) === 'postgres' ? path.join('prisma', 'postgres') : 'prisma';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join(folder, 'schema.prisma'),
  migrations: { path: path.join(folder, 'migrations') },
  adapter: async () => {
    if (databaseEngine(url) === 'postgres') return schemaEngineAdapter(url);
    // The schema engine fails with an opaque "External error" when the file's folder is missing.
    fs.mkdirSync(path.dirname(url.replace(/^file:/, '')), { recursive: true });
    return new PrismaBetterSQLite3({ url });
  },
});
