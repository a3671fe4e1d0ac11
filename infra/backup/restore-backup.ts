/**
 * `npm run restore -- DIR`: a backup (make-backup.ts) put back where configuration says this service
 * keeps its data — only into an empty data folder, so that nothing is overwritten, and only after every
 * file matched its checksum. The service is then started as usual (`npm start`): it migrates a register
 * from an older version, resumes every open complaint from Temporal's database, and its timers fire.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';
import { BackupError, readVerified, type Manifest } from './manifest';
import { partsOf, type PartName } from './parts';

export async function restoreBackup(config: Config, dir: string): Promise<Manifest> {
  const manifest = readVerified(dir);
  const parts = partsOf(config);
  const targetOf = (part: PartName, relative: string): string => {
    const where = parts.find((p) => p.name === part)!;
    if ('elsewhere' in where)
      throw new BackupError(`the backup holds the ${part}, but here ${where.elsewhere.split(':')[0]}`);
    return 'file' in where ? where.file : path.join(where.dir, path.basename(relative));
  };
  const targets = manifest.files.map((f) => ({ from: path.join(dir, f.path), to: targetOf(f.part, f.path) }));

  const data = config.dataDir;
  if (fs.existsSync(data) && fs.readdirSync(data).length)
    throw new BackupError(`${data} is not empty: restore only into an empty data folder (move this one aside first)`);
  const present = targets.filter((t) => fs.existsSync(t.to)).map((t) => t.to);
  if (present.length) throw new BackupError(`${present.join(', ')} exists already: restore would overwrite it`);

  fs.mkdirSync(data, { recursive: true, mode: 0o700 });
  for (const { from, to } of targets) {
    fs.mkdirSync(path.dirname(to), { recursive: true, mode: 0o700 });
    fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL);
    fs.chmodSync(to, 0o600);
  }
  return manifest;
}
