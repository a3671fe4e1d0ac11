// Prisma runs offline here only with its WebAssembly schema engine and a driver adapter
// (see ../shared/ENVIRONMENT.md): the native engines it would otherwise download are unreachable.
import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { databaseUrl } from './infra/database-url';

// Prisma does not read .env when this file exists; the schema's env("DATABASE_URL") needs a value.
process.env.DATABASE_URL ??= databaseUrl();

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  adapter: async () => {
    const url = process.env.DATABASE_URL!;
    // The schema engine fails with an opaque "External error" when the file's folder is missing.
    fs.mkdirSync(path.dirname(url.replace(/^file:/, '')), { recursive: true });
    return new PrismaBetterSQLite3({ url });
  },
});
