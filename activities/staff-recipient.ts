/**
 * Where a staff notice goes. Escalations go to a manager. A reminder goes to the handler: to the
 * address on the assigned account, read here at the moment of sending (so a changed address counts from
 * the next reminder on, and the workflow never holds it); to the address itself when the handler was
 * named by e-mail address (someone without an account); otherwise to the shared complaints desk, which
 * must then pass it on. A disabled account's reminders go to the desk too: its holder may be gone, and
 * a reminder nobody reads is a complaint lost.
 */
import { z } from 'zod';
import { NOTICE_RECIPIENT, type StaffNotice } from '../domain/notifications';
import type { Database } from '../infra/database';

export interface StaffAddresses {
  /** The shared complaints desk (STAFF_EMAIL). */
  staff: string;
  /** Escalations (MANAGER_EMAIL). */
  manager: string;
}

const isEmail = (value: string) => z.email().safeParse(value).success;

export async function staffRecipient(
  db: Database,
  notice: Pick<StaffNotice, 'purpose' | 'handler'>,
  to: StaffAddresses,
): Promise<string> {
  if (NOTICE_RECIPIENT[notice.purpose] === 'manager') return to.manager;
  const handler = notice.handler;
  if (!handler) return to.staff;
  const account = await db.staffAccount.findUnique({
    where: { id: handler },
    select: { email: true, disabledAt: true },
  });
  if (account?.disabledAt) return to.staff;
  // A login name may look like an address (a-z, 0-9, . _ @ -): such accounts got their mail there before
  // accounts had an address of their own, and still do until one is set.
  return account?.email ?? (isEmail(handler) ? handler : to.staff);
}
