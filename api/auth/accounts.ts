/** Staff accounts: made by an operator (or, for the first one, by `npm run create-account`). */
import { z } from 'zod';
import type { Database } from '../../infra/database';
import { line } from '../../domain/actions';
import { RESERVED_STAFF_IDS, STAFF_ID } from '../../domain/roles';
import { hashPassword, verifyNothing, verifyPassword } from './passwords';
import { ROLES, type Role } from './roles';
import { hashToken, newToken } from './tokens';

export const accountSchema = z
  .object({
    id: z
      .string()
      .trim()
      .regex(STAFF_ID, 'must be a login name: a-z, 0-9, . _ @ -')
      .refine((id) => !RESERVED_STAFF_IDS.includes(id), 'is reserved for the service itself'),
    name: line(200),
    roles: z.array(z.enum(ROLES)).min(1, 'give at least one role'),
  })
  .strict();

export type NewAccount = z.infer<typeof accountSchema>;

export interface StaffMember {
  id: string;
  name: string;
  roles: Role[];
}

/** Makes an account and returns its token, which is shown this once and never stored. */
export async function createAccount(
  db: Database,
  account: NewAccount,
): Promise<{ account: StaffMember; token: string }> {
  const token = newToken();
  const roles = [...new Set(account.roles)];
  await db.staffAccount.create({
    data: { id: account.id, name: account.name, roles: roles.join(','), tokenHash: hashToken(token) },
  });
  return { account: { id: account.id, name: account.name, roles }, token };
}

type AccountRow = { id: string; name: string; roles: string; disabledAt: Date | null };

/** The account as a member of staff, or null when it is disabled. */
export function activeMember(row: AccountRow | null): StaffMember | null {
  if (!row || row.disabledAt) return null;
  return { id: row.id, name: row.name, roles: row.roles.split(',') as Role[] };
}

export async function findByToken(db: Database, token: string): Promise<StaffMember | null> {
  return activeMember(await db.staffAccount.findUnique({ where: { tokenHash: hashToken(token) } }));
}

/** Sets (or replaces) the password a person signs in to the web app with; it ends the account's sessions. */
export async function setPassword(db: Database, id: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db.$transaction([
    db.staffAccount.update({ where: { id }, data: { passwordHash } }),
    db.staffSession.deleteMany({ where: { accountId: id } }),
  ]);
}

/**
 * The member of staff whose login name and password these are, or null. An unknown name, a disabled
 * account and an account without a password take as long as a wrong password and answer the same.
 */
export async function findByPassword(db: Database, login: string, password: string): Promise<StaffMember | null> {
  const row = await db.staffAccount.findUnique({ where: { id: login } });
  if (!row?.passwordHash) return verifyNothing(password).then(() => null);
  if (!(await verifyPassword(row.passwordHash, password))) return null;
  return activeMember(row);
}

/** A new token for the account (the old one stops working at once); shown this once. */
export async function rotateToken(db: Database, id: string): Promise<string> {
  const token = newToken();
  await db.staffAccount.update({ where: { id }, data: { tokenHash: hashToken(token) } });
  return token;
}
