import path from 'node:path';

/** The register's location: DATABASE_URL, else a SQLite file in DATA_DIR (default ./data). */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  if (env.DATABASE_URL) return env.DATABASE_URL;
  const dataDir = path.resolve(env.DATA_DIR ?? 'data');
  return `file:${path.join(dataDir, 'register.db')}`;
}
