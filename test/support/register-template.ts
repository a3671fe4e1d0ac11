/**
 * A migrated register to copy from. Running the migrations (a Prisma process) costs a test file more than
 * a second; copying their result costs milliseconds. The template is named after a hash of the migrations,
 * so a changed migration makes a new one, and it is built under a temporary name and renamed when done, so
 * that test files starting at once never copy a half-migrated template. The register-migrations test still
 * migrates an empty database itself.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths';

type Migrate = (url: string) => void;
/** Runs `sql` on the database `url` names and gives its rows. */
type Query = (url: string, sql: string) => Promise<unknown[]>;

/** What the template is made from: every file of both migration folders and schemas. */
function migrationsHash(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else hash.update(path.relative(ROOT, file)).update(fs.readFileSync(file));
    }
  };
  walk(path.join(ROOT, 'prisma'));
  return hash.digest('hex').slice(0, 12);
}

/** A copy of the SQLite template at `file`. */
export function copySqliteTemplate(file: string, migrate: Migrate): void {
  const folder = path.join(ROOT, '.cache', 'register-templates');
  const template = path.join(folder, `register-${migrationsHash()}.db`);
  if (!fs.existsSync(template)) {
    fs.mkdirSync(folder, { recursive: true });
    const building = `${template}.${randomBytes(4).toString('hex')}.building`;
    migrate(`file:${building}`);
    fs.renameSync(building, template);
  }
  fs.copyFileSync(template, file);
}

/** A new database `name` on the server `admin` names, a copy of the PostgreSQL template. */
export async function copyPostgresTemplate(admin: string, name: string, migrate: Migrate, query: Query): Promise<void> {
  const template = `klachten_template_${migrationsHash()}`;
  const known = await query(admin, `SELECT 1 FROM pg_database WHERE datname = '${template}'`);
  if (known.length === 0) {
    const building = `${template}_${randomBytes(4).toString('hex')}`;
    await query(admin, `CREATE DATABASE "${building}"`);
    const url = new URL(admin);
    url.pathname = `/${building}`;
    migrate(url.toString());
    // Another test file may have finished the same template first; then theirs is used and this one goes.
    await query(admin, `ALTER DATABASE "${building}" RENAME TO "${template}"`).catch(() =>
      query(admin, `DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`),
    );
  }
  await query(admin, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
}
