/** Staff accounts: made by an operator (or, for the first one, by `npm run create-account`). */
import { z } from 'zod';
import type { Database } from '../../infra/database';
import { line } from '../../domain/actions';
import { RESERVED_STAFF_IDS, STAFF_ID } from '../../domain/roles';
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

export async function findByToken(db: Database, token: string): Promise<StaffMember | null> {
  const row = await db.staffAccount.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row || row.disabledAt) return null;
  return { id: row.id, name: row.name, roles: row.roles.split(',') as Role[] };
}

/** A new token for the account (the old one stops working at once); shown this once. */
export async function rotateToken(db: Database, id: string): Promise<string> {
  const token = newToken();
  await db.staffAccount.update({ where: { id }, data: { tokenHash: hashToken(token) } });
  return token;
}
