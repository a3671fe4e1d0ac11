/**
 * Staff accounts: made by an operator (or, for the first one, by `npm run create-account`). An account
 * may carry an e-mail address: reminders about the complaints assigned to it go there, so it belongs to
 * one account only and is kept lower-case (addresses are compared, and mail servers ignore case).
 */
import { z } from 'zod';
import { Prisma } from '../../generated/prisma/client';
import type { Database } from '../../infra/database';
import { line } from '../../domain/actions';
import { RESERVED_STAFF_IDS, STAFF_ID } from '../../domain/roles';
import { HttpError, notFound } from '../errors';
import { hashPassword, verifyNothing, verifyPassword } from './passwords';
import { ROLES, type Role } from './roles';
import { hashToken, newToken } from './tokens';

// 254: the longest address SMTP can carry (RFC 5321); the format check keeps header breaks out.
const email = z.email('must be an e-mail address').max(254).toLowerCase();
const roles = z.array(z.enum(ROLES)).min(1, 'give at least one role');

export const accountSchema = z
  .object({
    id: z
      .string()
      .trim()
      .regex(STAFF_ID, 'must be a login name: a-z, 0-9, . _ @ -')
      .refine((id) => !RESERVED_STAFF_IDS.includes(id), 'is reserved for the service itself'),
    name: line(200),
    email: email.optional(),
    roles,
  })
  .strict();

/** PATCH /api/staff/:id: what an operator may change; `email: null` takes the address away. */
export const accountChangeSchema = z
  .object({ name: line(200).optional(), email: email.nullable().optional(), roles: roles.optional() })
  .strict()
  .refine((change) => Object.values(change).some((v) => v !== undefined), 'give name, email or roles to change');

export type NewAccount = z.infer<typeof accountSchema>;
export type AccountChange = z.infer<typeof accountChangeSchema>;

export interface StaffMember {
  id: string;
  name: string;
  email: string | null;
  roles: Role[];
}

type AccountRow = Awaited<ReturnType<Database['staffAccount']['findUniqueOrThrow']>>;

/** An account as the API shows it: named fields only, so the token hash (or a later secret) never leaks. */
export const shown = (row: AccountRow) => ({
  id: row.id,
  name: row.name,
  email: row.email,
  roles: row.roles.split(',') as Role[],
  createdAt: row.createdAt,
  disabledAt: row.disabledAt,
  /** Whether the person can sign in to the web app; never the hash. */
  hasPassword: row.passwordHash !== null,
});

/** A unique rule broken by a write to account `id`: its login name, or its e-mail address, is taken. */
async function conflict(db: Database, error: unknown, id: string, address?: string | null): Promise<never> {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')) throw error;
  const owner = address ? await db.staffAccount.findUnique({ where: { email: address } }) : null;
  if (owner && owner.id !== id)
    throw new HttpError(409, `the e-mail address ${address} belongs to account ${owner.id}`);
  throw new HttpError(409, `an account ${id} exists already`);
}

/** Makes an account and returns its token, which is shown this once and never stored. */
export async function createAccount(
  db: Database,
  account: NewAccount,
): Promise<{ account: StaffMember; token: string }> {
  const token = newToken();
  const data = {
    id: account.id,
    name: account.name,
    email: account.email ?? null,
    roles: [...new Set(account.roles)].join(','),
    tokenHash: hashToken(token),
  };
  const row = await db.staffAccount.create({ data }).catch((error) => conflict(db, error, account.id, account.email));
  const { id, name, email, roles } = shown(row);
  return { account: { id, name, email, roles }, token };
}

/** Changes what `change` gives; 404 for an unknown account, 409 for another account's address. */
export async function changeAccount(db: Database, id: string, change: AccountChange): Promise<AccountRow> {
  if (!(await db.staffAccount.findUnique({ where: { id }, select: { id: true } }))) throw notFound(`account ${id}`);
  const data = { ...change, roles: change.roles && [...new Set(change.roles)].join(',') };
  return db.staffAccount.update({ where: { id }, data }).catch((error) => conflict(db, error, id, change.email));
}

/** The account as a member of staff, or null when it is disabled. */
export function activeMember(row: AccountRow | null): StaffMember | null {
  if (!row || row.disabledAt) return null;
  return { id: row.id, name: row.name, email: row.email, roles: row.roles.split(',') as Role[] };
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
