/** Bare Temporal's one activity: one mail through nodemailer to the same SMTP sink as ours. */
import nodemailer from 'nodemailer';

export interface BareActivities {
  sendOneMail(key: string): Promise<void>;
}

export function createBareActivities(smtpUrl: string): BareActivities & { close(): void } {
  // As our mailer (activities/mailer.ts): one transport, one connection per message.
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
