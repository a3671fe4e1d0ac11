/**
 * Outgoing e-mail through nodemailer. With SMTP_URL set it speaks SMTP; without, every message is
 * written as an .eml file to the outbox folder, so the service runs on a fresh machine and nothing
 * that would have been sent is lost.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';

export interface Attachment {
  filename: string;
  content: Buffer;
  contentType: string;
}

export interface OutgoingMail {
  /** One address, or several (the monthly report goes to every recipient in one message). */
  to: string | string[];
  subject: string;
  text: string;
  attachments?: Attachment[];
  /** Stable per message: a resend after a crash carries the same Message-ID, so mail clients dedupe it. */
  messageId: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  /** Where mail goes, for the start-up banner. */
  describe(): string;
  close(): void;
}

/**
 * Connections to the mail server are kept and reused (nodemailer's pool: at most 5 at once, each for up to
 * 100 messages), unless SMTP_URL says `pool=false`. A connection per message meant, for 2,000 terms ending at
 * one instant, 2,000 connections opened as fast as the worker ran activities: each a handshake (with TLS
 * on a real server), and more at once than many mail servers accept from one client (issue 20).
 */
function pooled(smtpUrl: string): string {
  if (!URL.canParse(smtpUrl)) return smtpUrl; // nodemailer reads it as before, and says what is wrong with it
  const url = new URL(smtpUrl);
  if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true');
  return url.toString();
}

export function createMailer(options: { smtpUrl?: string; from: string; outboxDir: string }): Mailer {
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport(pooled(options.smtpUrl));
    return {
      async send(mail) {
        await transport.sendMail({ from: options.from, ...mail });
      },
      describe: () => `SMTP ${new URL(options.smtpUrl!).host}`,
      close: () => transport.close(),
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(mail) {
      const info = await transport.sendMail({ from: options.from, ...mail });
      await fs.mkdir(options.outboxDir, { recursive: true, mode: 0o700 });
      const fileName = mail.messageId.replace(/[^A-Za-z0-9._-]+/g, '_') + '.eml';
      // Each file is a letter to a complainant: for the owner's eyes only. Written under a temporary name
      // and renamed, so that a backup (npm run backup) never copies half a mail.
      const file = path.join(options.outboxDir, fileName);
      await fs.writeFile(`${file}.partial`, info.message as Buffer, { mode: 0o600 });
      await fs.rename(`${file}.partial`, file);
    },
    describe: () => `no SMTP_URL set: outgoing mail is written to ${options.outboxDir}`,
    close: () => transport.close(),
  };
}
