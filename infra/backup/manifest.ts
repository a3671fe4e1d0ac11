/**
 * A backup's manifest (manifest.json in its folder): what it holds, file by file with size and SHA-256,
 * when it was made, and which parts live elsewhere and why. Restoring checks every file against it first.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { PartName } from './parts';

export const MANIFEST = 'manifest.json';
export const FORMAT = 'klachtenregister-backup/1';

export interface BackupFile {
  part: PartName;
  /** Relative to the backup folder, with forward slashes. */
  path: string;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  format: typeof FORMAT;
  createdAt: string;
  /** How long making it took. */
  durationMs: number;
  /** The data folder it was made from. */
  dataDir: string;
  files: BackupFile[];
  /** Parts kept elsewhere than this machine's files, each with what backs it up instead. */
  elsewhere: { part: PartName; reason: string }[];
}

export function sha256Of(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

export function describeFile(dir: string, part: PartName, relative: string): BackupFile {
  const file = path.join(dir, relative);
  return { part, path: relative.split(path.sep).join('/'), bytes: fs.statSync(file).size, sha256: sha256Of(file) };
}

export class BackupError extends Error {}

/** The manifest of backup folder `dir`, every file checked against it. */
export function readVerified(dir: string): Manifest {
  const file = path.join(dir, MANIFEST);
  if (!fs.existsSync(file)) throw new BackupError(`${dir} holds no backup: it has no ${MANIFEST}`);
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
  if (manifest.format !== FORMAT) throw new BackupError(`${file} is not a backup of this service (${FORMAT})`);
  for (const f of manifest.files) {
    const copy = path.join(dir, f.path);
    if (!fs.existsSync(copy)) throw new BackupError(`the backup lacks ${f.path}, which its manifest lists`);
    if (sha256Of(copy) !== f.sha256)
      throw new BackupError(`${f.path} does not match its checksum: the backup is damaged`);
  }
  return manifest;
}
