/**
 * `npm run restore -- DIR`: puts a backup made by `npm run backup` back into an empty data folder
 * (DATA_DIR, and KEY_FILE or a SQLite DATABASE_URL where they point elsewhere), after checking every file
 * against the manifest (infra/backup/restore-backup.ts). Then `npm start`. README, "Backups".
 */
import path from 'node:path';
import { ConfigError, loadConfig } from '../infra/config';
import { BackupError } from '../infra/backup/manifest';
import { restoreBackup } from '../infra/backup/restore-backup';
import { keepFilesPrivate } from '../infra/private-files';

async function main(): Promise<void> {
  const [dir] = process.argv.slice(2);
  if (!dir) throw new BackupError('usage: npm run restore -- DIR   (a folder made by npm run backup)');
  keepFilesPrivate();
  const config = loadConfig();
  const manifest = await restoreBackup(config, path.resolve(dir));
  console.log(
    [
      `Restored the backup of ${manifest.createdAt} (${manifest.files.length} files) into ${config.dataDir}.`,
      ...manifest.elsewhere.map((e) => `  Not in this backup: ${e.reason}.`),
      'Start the service with npm start: every open complaint resumes where it was.',
    ].join('\n'),
  );
}

main().catch((error) => {
  console.error(error instanceof BackupError || error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
