/**
 * A real IMAP server for tests: Debian's Dovecot (`dovecot-imapd`), run in the foreground with a
 * configuration of its own in a temporary folder, on a free loopback port, with one throw-away user and
 * a Maildir. Mails are delivered by writing Maildir files, as a local delivery agent does; the service
 * under test reads them through IMAP, as it reads a real mailbox.
 *
 * Dovecot refuses to run its login processes as root and refuses root as a mail user. Run by root (as
 * on this machine and CI), it drops to the unprivileged users its package creates (dovenull, dovecot)
 * and keeps the mail as `nobody`; run by anyone else, everything runs as that user.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './running-service';

export const DOVECOT = process.env.DOVECOT_BINARY ?? '/usr/sbin/dovecot';
const USER = 'complaints';
const PASSWORD = 'throw-away-secret';

export interface ImapServer {
  /** imap://user:password@127.0.0.1:port/INBOX: what MAILBOX_URL would say. */
  url: string;
  /** Puts a raw RFC 5322 message in the inbox, received at `at` (its IMAP INTERNALDATE); returns its file. */
  deliver(raw: string | Buffer, at?: Date): Promise<string>;
  /** How many of the inbox's mails carry the \Seen flag, and how many there are. */
  flags(): Promise<{ total: number; seen: number }>;
  /** Stops Dovecot, its sessions with it (every open connection drops), and starts it again on the same port and Maildir. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export interface ImapServerOptions {
  /** The CAPABILITY it announces, in place of Dovecot's own (which has IDLE): a server without IDLE. */
  capability?: string;
}

export async function startImapServer(options: ImapServerOptions = {}): Promise<ImapServer> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'imap-'));
  // Dovecot's unprivileged processes must reach the Maildir inside it.
  await fs.chmod(dir, 0o755);
  const maildir = path.join(dir, 'Maildir');
  for (const sub of ['new', 'cur', 'tmp']) await fs.mkdir(path.join(maildir, sub), { recursive: true });
  const owner = mailOwner();
  await chownTree(maildir, owner);
  const port = await freePort();
  const config = path.join(dir, 'dovecot.conf');
  await fs.writeFile(path.join(dir, 'passwd'), `${USER}:{PLAIN}${PASSWORD}:${owner.uid}:${owner.gid}::${dir}::\n`);
  await fs.writeFile(config, configText(dir, maildir, port, options));

  let child = await launch(config, port, dir);
  let delivered = 0;
  return {
    url: `imap://${USER}:${PASSWORD}@127.0.0.1:${port}/INBOX`,
    async deliver(raw, at) {
      delivered += 1;
      const name = `${Date.now()}.M${delivered}P${process.pid}.test`;
      const temporary = path.join(maildir, 'tmp', name);
      await fs.writeFile(temporary, raw);
      if (at) await fs.utimes(temporary, at, at);
      await fs.chown(temporary, owner.uid, owner.gid);
      const file = path.join(maildir, 'new', name);
      await fs.rename(temporary, file);
      return file;
    },
    async flags() {
      const names = [
        ...(await fs.readdir(path.join(maildir, 'new'))),
        ...(await fs.readdir(path.join(maildir, 'cur'))),
      ];
      // Maildir keeps flags in the file name after ":2,", S standing for \Seen.
      return { total: names.length, seen: names.filter((n) => /:2,[A-Z]*S/.test(n)).length };
    },
    async restart() {
      await halt(child);
      child = await launch(config, port, dir);
    },
    async stop() {
      await halt(child);
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

function mailOwner(): { uid: number; gid: number } {
  if (process.getuid?.() !== 0) return { uid: process.getuid!(), gid: process.getgid!() };
  const id = (flag: string) => Number(execFileSync('id', [flag, 'nobody'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

async function chownTree(dir: string, owner: { uid: number; gid: number }): Promise<void> {
  await fs.chown(dir, owner.uid, owner.gid);
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const child = path.join(dir, entry.name);
    if (entry.isDirectory()) await chownTree(child, owner);
    else await fs.chown(child, owner.uid, owner.gid);
  }
}

function configText(dir: string, maildir: string, port: number, options: ImapServerOptions): string {
  const root = process.getuid?.() === 0;
  const me = os.userInfo().username;
  return `# Written by test/support/imap-server.ts: loopback only, plain text login (no TLS) for tests.
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
auth_mechanisms = plain
disable_plaintext_auth = no
default_internal_user = ${root ? 'dovecot' : me}
default_internal_group = ${root ? 'dovecot' : me}
default_login_user = ${root ? 'dovenull' : me}
mail_location = maildir:${maildir}
${options.capability ? `imap_capability = ${options.capability}` : ''}
passdb {
  driver = passwd-file
  args = scheme=PLAIN ${dir}/passwd
}
userdb {
  driver = passwd-file
  args = ${dir}/passwd
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
`;
}

async function launch(config: string, port: number, dir: string): Promise<ChildProcess> {
  // Its own process group: stopping it ends its IMAP sessions too, as a crashed or rebooted server's end.
  const child = spawn(DOVECOT, ['-F', '-c', config], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let errors = '';
  child.stderr!.on('data', (chunk) => (errors += chunk));
  const deadline = Date.now() + 15_000;
  while (!(await greets(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill();
      const log = await fs.readFile(path.join(dir, 'dovecot.log'), 'utf8').catch(() => '');
      throw new Error(`Dovecot did not start: ${errors}${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return child;
}

/** Whether an IMAP greeting comes from the port. */
function greets(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.setTimeout(1000);
    socket.once('data', (chunk) => {
      socket.destroy();
      resolve(chunk.toString().startsWith('* OK'));
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

async function halt(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  // The whole group: the master alone would leave its running sessions serving their connections.
  process.kill(-child.pid!, 'SIGTERM');
  await exited;
}
