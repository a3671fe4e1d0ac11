/**
 * No message went out twice: every mail carries its message's key in its Message-ID, and no Message-ID
 * reached the SMTP server more than once — retries during an outage, repeated staff actions and
 * replays of the workflow must all end in one delivery per message.
 */
import { keyOfMail } from '../observe';
import type { Invariant, Violation } from './violation';

export const noMessageTwice: Invariant = (o) => {
  const violations: Violation[] = [];
  const deliveries = new Map<string, number>();
  for (const mail of o.mails) {
    const key = keyOfMail(mail);
    if (!key) {
      violations.push({
        reference: '(unknown)',
        reason: `mail "${mail.subject}" has no message key: ${mail.messageId}`,
      });
      continue;
    }
    deliveries.set(key, (deliveries.get(key) ?? 0) + 1);
  }
  for (const [key, count] of deliveries) {
    if (count > 1) violations.push({ reference: key.split('/')[0], reason: `${key} arrived ${count}×` });
  }
  const keys = o.lives.flatMap((r) => r.messages.map((m) => m.key));
  if (new Set(keys).size !== keys.length)
    violations.push({ reference: 'register', reason: 'a message key occurs twice' });
  return violations;
};
