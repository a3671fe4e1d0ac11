/**
 * A local SMTP server for the benchmarks that keeps only what is measured: each mail's Message-ID and
 * when it arrived. No parsing beyond the header line (mailparser would spend the bench's CPU on both
 * sides alike, and blur what is measured). smtp-server's 100 ms greeting delay is removed, as in the
 * simulated year, so a delivery costs what a real mail server on the same machine would.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { greetPromptly } from '../../test/simulation/prompt-greeting';

export interface Arrival {
  messageId: string;
  /** Date.now() when the mail's data was complete. */
  at: number;
}

export interface MailSink {
  url: string;
  arrivals: Arrival[];
  /** Client connections that broke off mid-session (e.g. a worker killed while sending). */
  droppedConnections(): number;
  /** Arrivals whose Message-ID contains `part` (e.g. "/acknowledgement-1@"). */
  matching(part: string): Arrival[];
  /** Waits until `count` mails matching `part` arrived, or `timeoutMs` passed; returns them. */
  waitFor(part: string, count: number, timeoutMs: number): Promise<Arrival[]>;
  close(): Promise<void>;
}

const MESSAGE_ID = /^message-id:\s*(<[^>\r\n]*>)/im;

export async function startMailSink(): Promise<MailSink> {
  greetPromptly();
  const arrivals: Arrival[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // A reverse DNS lookup per connection is a resolver round trip a local mail server need not make.
    disableReverseLookup: true,
    // Thousands of deliveries in a burst: the default (100 connections) would refuse some.
    maxClients: 10_000,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const head = Buffer.concat(chunks).toString('utf8', 0, 8192);
        arrivals.push({ messageId: MESSAGE_ID.exec(head)?.[1] ?? '<none>', at: Date.now() });
        callback();
      });
    },
  });
  // A client that dies mid-session resets its connection; smtp-server reports that as an 'error' event,
  // which unhandled would end the process that measures: counted instead.
  let dropped = 0;
  server.on('error', () => (dropped += 1));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  const matching = (part: string) => arrivals.filter((a) => a.messageId.includes(part));
  return {
    url: `smtp://127.0.0.1:${port}`,
    arrivals,
    droppedConnections: () => dropped,
    matching,
    async waitFor(part, count, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (new Set(matching(part).map((a) => a.messageId)).size < count && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 50));
      }
      return matching(part);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
