/**
 * The data folder holds the register (every complainant's name, address and complaint), the Temporal
 * state, the mail outbox and the encryption keys: nothing in it may be readable by other users of the
 * machine. Every process of the service creates its files with owner-only permissions.
 */
import fs from 'node:fs';

export function keepFilesPrivate(dataDir?: string): void {
  process.umask(0o077);
  if (dataDir) {
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    fs.chmodSync(dataDir, 0o700);
  }
}
