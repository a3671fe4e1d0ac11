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
import { notFound, refused } from '../errors';
import { COMMAND_LINE, recordAccountEvent, type AccountChangeBy } from './account-events';
import { hashPassword, verifyNothing, verifyPassword } from './passwords';
import { ROLES, type Role } from './roles';
import { hashToken, newToken } from './tokens';

// 254: the longest address SMTP can carry (RFC 5321); the format check keeps header breaks out.
const email = z.email('must be an e-mail address').max(254).toLowerCase();
const roles = z.array(z.enum(ROLES)).min(1, 'roles');

export const accountSchema = z
  .object({
    id: z
      .string()
      .trim()
      .regex(STAFF_ID, 'login_name')
      .refine((id) => !RESERVED_STAFF_IDS.includes(id), 'reserved_login'),
    name: line(200),
    email: email.optional(),
    roles,
  })
  .strict();

/** PATCH /api/staff/:id: what an operator may change; `email: null` takes the address away. */
export const accountChangeSchema = z
  .object({ name: line(200).optional(), email: email.nullable().optional(), roles: roles.optional() })
  .strict()
  .refine((change) => Object.values(change).some((v) => v !== undefined), 'nothing_to_change');

export type NewAccount = z.infer<typeof accountSchema>;
export type AccountChange = z.infer<typeof accountChangeSchema>;

export interface StaffMember {
  id: string;
  name: string;
  email: string | null;
  roles: Role[];
}

export type AccountRow = Awaited<ReturnType<Database['staffAccount']['findUniqueOrThrow']>>;

/** An account as the API shows it: named fields only, so the token hash (or a later secret) never leaks. */
export const shown = (row: AccountRow) => ({
  id: row.id,
  name: row.name,
  email: row.email,
  roles: row.roles.split(',') as Role[],
  createdAt: row.createdAt,
  disabledAt: row.disabledAt,
  lastSignInAt: row.lastSignInAt,
  /** Whether the person can sign in to the web app; never the hash. */
  hasPassword: row.passwordHash !== null,
  /** Whether the account has an API token that works (it is shown only when made). */
  hasToken: row.tokenHash !== null,
  /** Whether signing in asks for a code of an authenticator app (TOTP) after the password. */
  secondFactor: row.totpEnabledAt !== null,
});

/** What a command on the service's machine does is on record as done by the command line, now. */
export const byCommandLine = (): AccountChangeBy => ({ actor: COMMAND_LINE, at: new Date() });

/** A unique rule broken by a write to account `id`: its login name, or its e-mail address, is taken. */
async function conflict(db: Database, error: unknown, id: string, address?: string | null): Promise<never> {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')) throw error;
  const owner = address ? await db.staffAccount.findUnique({ where: { email: address } }) : null;
  if (owner && owner.id !== id) throw refused(409, 'email_taken', { address: address!, owner: owner.id });
  throw refused(409, 'account_exists', { id });
}

/** Makes an account and returns its token, which is shown this once and never stored. */
export async function createAccount(
  db: Database,
  account: NewAccount,
  by: AccountChangeBy = byCommandLine(),
): Promise<{ account: StaffMember; token: string }> {
  const token = newToken();
  const data = {
    id: account.id,
    name: account.name,
    email: account.email ?? null,
    roles: [...new Set(account.roles)].join(','),
    tokenHash: hashToken(token),
    createdAt: by.at,
  };
  const row = await db
    .$transaction(async (tx) => {
      const made = await tx.staffAccount.create({ data });
      await recordAccountEvent(tx, made.id, by, 'created', { name: data.name, email: data.email, roles: data.roles });
      return made;
    })
    .catch((error) => conflict(db, error, account.id, account.email));
  const { id, name, email, roles } = shown(row);
  return { account: { id, name, email, roles }, token };
}

/** Old → new of each field that changes, for the record. */
function differences(row: AccountRow, data: Record<string, string | null | undefined>) {
  const before = row as unknown as Record<string, string | null>;
  return Object.fromEntries(
    Object.entries(data)
      .filter(([field, value]) => value !== undefined && value !== before[field])
      .map(([field, value]) => [field, [before[field], value]]),
  );
}

/** Changes what `change` gives, on record; 404 for an unknown account, 409 for another account's address. */
export async function changeAccount(
  db: Database,
  id: string,
  change: AccountChange,
  by: AccountChangeBy,
): Promise<AccountRow> {
  const row = await db.staffAccount.findUnique({ where: { id } });
  if (!row) throw notFound(`account ${id}`);
  const data = { ...change, roles: change.roles && [...new Set(change.roles)].join(',') };
  const changed = differences(row, data);
  if (!Object.keys(changed).length) return row;
  return db
    .$transaction(async (tx) => {
      const updated = await tx.staffAccount.update({ where: { id }, data });
      await recordAccountEvent(tx, id, by, 'changed', changed);
      return updated;
    })
    .catch((error) => conflict(db, error, id, change.email));
}

/** The account as a member of staff, or null when it is disabled. */
export function activeMember(row: AccountRow | null): StaffMember | null {
  if (!row || row.disabledAt) return null;
  return { id: row.id, name: row.name, email: row.email, roles: row.roles.split(',') as Role[] };
}

export async function findByToken(db: Database, token: string): Promise<StaffMember | null> {
  return activeMember(await db.staffAccount.findUnique({ where: { tokenHash: hashToken(token) } }));
}

/**
 * Sets (or replaces) the password a person signs in to the web app with, on record; it ends the
 * account's sessions (but `keepSession`, the one of a person who changed their own) and its unused
 * password links.
 */
export async function setPassword(
  db: Database,
  id: string,
  password: string,
  by: AccountChangeBy = byCommandLine(),
  options: { action?: 'password-set' | 'password-changed' | 'password-link-used'; keepSession?: string } = {},
): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    await tx.staffAccount.update({ where: { id }, data: { passwordHash } });
    const keep = options.keepSession ? { idHash: { not: options.keepSession } } : {};
    await tx.staffSession.deleteMany({ where: { accountId: id, ...keep } });
    await tx.passwordLink.deleteMany({ where: { accountId: id, usedAt: null } });
    await recordAccountEvent(tx, id, by, options.action ?? 'password-set');
  });
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
