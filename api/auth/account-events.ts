/**
 * Every change to a staff account on record: who made it (an operator, the person, or a command on the
 * service's machine), when, and what (`detail`: roles before and after, a changed name; never a
 * secret). Written in the same transaction as the change it records, so neither exists without the other.
 * The account's page shows them (web/pages/account.ts).
 */
import type { Prisma } from '../../generated/prisma/client';
import type { Database } from '../../infra/database';

export const ACCOUNT_ACTIONS = [
  'created',
  'changed',
  'disabled',
  'enabled',
  'token-revoked',
  'token-made',
  'sessions-ended',
  'password-set',
  'password-changed',
  'password-link-sent',
  'password-link-used',
  'second-factor-on',
  'second-factor-off',
  'recovery-codes-made',
] as const;
export type AccountAction = (typeof ACCOUNT_ACTIONS)[number];

/** The actor of what a command on the service's machine does (`npm run create-account`, `set-password`). */
export const COMMAND_LINE = 'command-line';

/** Either the client or a transaction of it: events are written inside the change's own transaction. */
export type Writer = Database | Prisma.TransactionClient;

export interface AccountChangeBy {
  /** The account that made the change, or COMMAND_LINE. */
  actor: string;
  at: Date;
}

export async function recordAccountEvent(
  tx: Writer,
  accountId: string,
  by: AccountChangeBy,
  action: AccountAction,
  detail: Record<string, unknown> = {},
): Promise<void> {
  await tx.accountEvent.create({
    data: { accountId, actor: by.actor, action, detail: JSON.stringify(detail), at: by.at },
  });
}

export interface AccountEventView {
  actor: string;
  action: AccountAction;
  detail: Record<string, unknown>;
  at: Date;
}

/** The account's events, the newest first. */
export async function accountEvents(db: Database, accountId: string, take = 200): Promise<AccountEventView[]> {
  const rows = await db.accountEvent.findMany({ where: { accountId }, orderBy: { id: 'desc' }, take });
  return rows.map((r) => ({
    actor: r.actor,
    action: r.action as AccountAction,
    detail: JSON.parse(r.detail) as Record<string, unknown>,
    at: r.at,
  }));
}
