/**
 * `npm run backup -- DIR`: a consistent copy of everything `npm start` keeps, made while it runs.
 *
 * Order matters, because the register and Temporal cannot be copied at one instant. The service writes
 * the register before Temporal records what was done (a step, a message: activities write first and
 * report after), so Temporal's snapshot is taken first and the register's right after it: whatever the
 * Temporal copy says was done is in the register copy, and what the register copy holds beyond that is
 * done again after a restore by activities that are idempotent (keyed steps and messages). The one write
 * that follows Temporal is the stamp "workflow started", put on a complaint after its start: in the copy
 * it is cleared for open complaints stamped shortly before Temporal's snapshot, so that the restored
 * service starts their procedures again — a start Temporal already has is refused and counts as started.
 * Then the key file (after the register, which lists the keys it needs), then the outbox, then the
 * attachments' files.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Config } from '../config';
import { BackupError, describeFile, FORMAT, MANIFEST, type BackupFile, type Manifest } from './manifest';
import { partsOf, type Part, type PartName } from './parts';
import { snapshotSqlite } from './sqlite-snapshot';

// Far longer than a start takes from Temporal's answer to the stamp; restarting one more is harmless.
const STAMP_MARGIN_MS = 60_000;

const fileOf = (parts: Part[], name: PartName) => {
  const part = parts.find((p) => p.name === name);
  return part && 'file' in part && fs.existsSync(part.file) ? part.file : undefined;
};

export async function makeBackup(config: Config, dir: string): Promise<Manifest> {
  const started = Date.now();
  if (fs.existsSync(dir) && fs.readdirSync(dir).length)
    throw new BackupError(`${dir} is not empty: a backup goes into a new or empty folder`);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const parts = partsOf(config);
  const files: BackupFile[] = [];
  const elsewhere = parts.flatMap((p) => ('elsewhere' in p ? [{ part: p.name, reason: p.elsewhere }] : []));

  const databases = (['temporal', 'register'] as const).flatMap((name) => {
    const source = fileOf(parts, name);
    return source ? [{ name, source, target: path.join(dir, `${name}.db`) }] : [];
  });
  const snapshots = await snapshotSqlite(databases);
  const temporal = snapshots.find((s) => s.source === fileOf(parts, 'temporal'));
  const register = databases.find((d) => d.name === 'register');
  if (temporal && register) clearRecentStamps(register.target, temporal.takenAt - STAMP_MARGIN_MS);
  for (const d of databases) files.push(describeFile(dir, d.name, `${d.name}.db`));

  const keys = fileOf(parts, 'keys');
  if (keys) {
    fs.copyFileSync(keys, path.join(dir, 'keys.json'));
    files.push(describeFile(dir, 'keys', 'keys.json'));
  }
  const outbox = parts.find((p) => p.name === 'outbox');
  if (outbox && 'dir' in outbox && fs.existsSync(outbox.dir)) {
    fs.mkdirSync(path.join(dir, 'outbox'), { mode: 0o700 });
    // Only finished mails: the mailer writes each under a temporary name first (activities/mailer.ts).
    for (const name of fs
      .readdirSync(outbox.dir)
      .filter((n) => n.endsWith('.eml'))
      .sort()) {
      fs.copyFileSync(path.join(outbox.dir, name), path.join(dir, 'outbox', name));
      files.push(describeFile(dir, 'outbox', path.join('outbox', name)));
    }
  }

  // After the register's snapshot: every attachment it names is here (one removed since, by an
  // anonymisation, belonged to a complaint that was losing it anyway); one added since is a harmless extra.
  const attachments = parts.find((p) => p.name === 'attachments');
  if (attachments && 'dir' in attachments && fs.existsSync(attachments.dir)) {
    fs.mkdirSync(path.join(dir, 'attachments'), { mode: 0o700 });
    for (const name of fs
      .readdirSync(attachments.dir)
      .filter((n) => /^[A-Za-z0-9_-]{32}$/.test(n))
      .sort()) {
      fs.copyFileSync(path.join(attachments.dir, name), path.join(dir, 'attachments', name));
      files.push(describeFile(dir, 'attachments', path.join('attachments', name)));
    }
  }

  const manifest: Manifest = {
    format: FORMAT,
    createdAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    dataDir: config.dataDir,
    files,
    elsewhere,
  };
  fs.writeFileSync(path.join(dir, MANIFEST), JSON.stringify(manifest, null, 2) + '\n', { mode: 0o600 });
  return manifest;
}

function clearRecentStamps(registerCopy: string, since: number): void {
  const db = new Database(registerCopy);
  try {
    db.prepare(
      `UPDATE "Complaint" SET "workflowStartedAt" = NULL
       WHERE julianday("workflowStartedAt") >= julianday(?) AND "status" NOT IN ('closed', 'withdrawn')`,
    ).run(new Date(since).toISOString());
  } finally {
    db.close();
  }
}
