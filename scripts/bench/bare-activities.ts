/** Bare Temporal's one activity: one mail through nodemailer to the same SMTP sink as ours. */
import nodemailer from 'nodemailer';

export interface BareActivities {
  sendOneMail(key: string): Promise<void>;
}

export function createBareActivities(smtpUrl: string): BareActivities & { close(): void } {
  // nodemailer's default, as a bare worker would have it: a connection per message. Ours keeps a pool of
  // connections (activities/mailer.ts); the burst rows compare the two as they are.
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async sendOneMail(key) {
      await transport.sendMail({
        from: 'bench@localhost',
        to: 'bare@example.nl',
        subject: `bare ${key}`,
        text: 'One mail at the deadline.',
        messageId: `<${key}@bench>`,
      });
    },
    close: () => transport.close(),
  };
}
