/**
 * `npm run backup -- DIR`: a consistent copy of the register, Temporal's database, the key file and the
 * outbox into the new or empty folder DIR, while the service runs (infra/backup/make-backup.ts), with a
 * manifest of what, when, sizes and checksums. README, "Backups".
 */
import path from 'node:path';
import { ConfigError, loadConfig } from '../infra/config';
import { BackupError } from '../infra/backup/manifest';
import { makeBackup } from '../infra/backup/make-backup';
import { keepFilesPrivate } from '../infra/private-files';

async function main(): Promise<void> {
  const [dir] = process.argv.slice(2);
  if (!dir) throw new BackupError('usage: npm run backup -- DIR   (a new or empty folder)');
  keepFilesPrivate();
  const manifest = await makeBackup(loadConfig(), path.resolve(dir));
  const bytes = manifest.files.reduce((sum, f) => sum + f.bytes, 0);
  const count = (part: string) => manifest.files.filter((f) => f.part === part).length;
  console.log(
    [
      `Backup of ${manifest.dataDir} in ${path.resolve(dir)} (${(bytes / 1_048_576).toFixed(1)} MB, ${manifest.durationMs} ms):`,
      `  register ${count('register') ? 'yes' : 'no'}, Temporal ${count('temporal') ? 'yes' : 'no'}, keys ${count('keys') ? 'yes' : 'no'}, ${count('outbox')} mail(s) from the outbox, ${count('attachments')} attachment(s)`,
      ...manifest.elsewhere.map((e) => `  not here: ${e.reason}`),
    ].join('\n'),
  );
}

main().catch((error) => {
  console.error(error instanceof BackupError || error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
