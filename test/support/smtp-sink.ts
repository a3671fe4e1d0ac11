/**
 * A real SMTP server on 127.0.0.1 that keeps what arrives, parsed. It can be "down": it then answers
 * 421 to every sender, as a mail server in trouble does, so retries can be tested.
 */
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SmtpSink {
  url: string;
  received: ParsedMail[];
  setDown(down: boolean): void;
  /** From now on, refuse mail to `address` for good (550), as for an address that does not exist. */
  refuse(address: string): void;
  /** How often delivery to `address` was attempted, refused attempts included. */
  attempts(address: string): number;
  /** Mails to `address` so far. */
  to(address: string): ParsedMail[];
  /** Waits (real time) until `count` mails to `address` have arrived. */
  waitFor(address: string, count?: number, timeoutMs?: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const received: ParsedMail[] = [];
  const refused = new Set<string>();
  const attempts = new Map<string, number>();
  let down = false;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    // Our mailer keeps its connections open for the next message (a pool): at close, end them at once
    // instead of after smtp-server's default 30 s, which each test file that sent mail waited out.
    closeTimeout: 100,
    logger: false,
    onMailFrom(_address, _session, callback) {
      if (!down) return callback();
      callback(Object.assign(new Error('Service not available, try again later'), { responseCode: 421 }));
    },
    onRcptTo(address, _session, callback) {
      attempts.set(address.address, (attempts.get(address.address) ?? 0) + 1);
      if (!refused.has(address.address)) return callback();
      callback(Object.assign(new Error('No such user here'), { responseCode: 550 }));
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push(mail);
          callback();
        },
        (error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;

  const to = (address: string) =>
    received.filter((m) => {
      const recipients = Array.isArray(m.to) ? m.to : m.to ? [m.to] : [];
      return recipients.some((r) => r.value.some((v) => v.address === address));
    });

  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    setDown: (value) => (down = value),
    refuse: (address) => refused.add(address),
    attempts: (address) => attempts.get(address) ?? 0,
    to,
    async waitFor(address, count = 1, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (to(address).length < count) {
        if (Date.now() > deadline) {
          throw new Error(`expected ${count} mail(s) to ${address}, got ${to(address).length}`);
        }
        await new Promise((r) => setTimeout(r, 25));
      }
      return to(address);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
