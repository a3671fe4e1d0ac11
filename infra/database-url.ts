import path from 'node:path';

/** The register's location: DATABASE_URL, else a SQLite file in DATA_DIR (default ./data). */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  if (env.DATABASE_URL) return env.DATABASE_URL;
  const dataDir = path.resolve(env.DATA_DIR ?? 'data');
  return `file:${path.join(dataDir, 'register.db')}`;
}

/** The two registers the service runs on: a SQLite file (`file:`) or PostgreSQL (`postgres[ql]://`). */
export type DatabaseEngine = 'sqlite' | 'postgres';

export const DATABASE_URL_FORMS = 'file: (SQLite) or postgresql:// (PostgreSQL)';

export function isDatabaseUrl(url: string): boolean {
  return /^(file:|postgres(ql)?:\/\/)/i.test(url);
}

export function databaseEngine(url: string): DatabaseEngine {
  if (!isDatabaseUrl(url)) throw new Error(`DATABASE_URL must start with ${DATABASE_URL_FORMS}`);
  return url.startsWith('file:') ? 'sqlite' : 'postgres';
}

/** The URL without its password, for logs and banners. */
export function redactedUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]*):[^@]*@/i, '$1:***@');
}
