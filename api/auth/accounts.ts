/** Staff accounts: made by an operator (or, for the first one, by `npm run create-account`). */
import { z } from 'zod';
import type { Database } from '../../infra/database';
import { ROLES, type Role } from './roles';
import { hashToken, newToken } from './tokens';

export const accountSchema = z
  .object({
    id: z
      .string()
      .trim()
      .regex(/^[a-z0-9][a-z0-9._@-]{1,62}$/, 'must be a login name: a-z, 0-9, . _ @ -'),
    name: z.string().trim().min(1, 'must not be empty').max(200),
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
