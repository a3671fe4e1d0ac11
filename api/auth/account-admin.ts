/**
 * What an operator does to an account, each on record in the same transaction (account-events.ts):
 * disable and enable it, revoke its API token or make a new one, end its sessions, take away its second
 * factor. The JSON API (api/staff/routes.ts) and the account's page (api/web/account.ts) call these same
 * functions, so both refuse the same things: an operator neither disables their own account nor takes the
 * operator role from it, which could leave nobody to manage accounts.
 */
import type { Database } from '../../infra/database';
import { notFound, refused } from '../errors';
import { recordAccountEvent, type AccountChangeBy } from './account-events';
import { changeAccount, type AccountChange, type AccountRow } from './accounts';
import { hashToken, newToken } from './tokens';

export async function findAccount(db: Database, id: string): Promise<AccountRow> {
  const row = await db.staffAccount.findUnique({ where: { id } });
  if (!row) throw notFound(`account ${id}`);
  return row;
}

/** Name, e-mail address and roles; an operator keeps the operator role on their own account (409). */
export async function changeByOperator(
  db: Database,
  id: string,
  change: AccountChange,
  by: AccountChangeBy,
): Promise<AccountRow> {
  if (id === by.actor && change.roles && !change.roles.includes('operator')) {
    throw refused(409, 'own_operator_role');
  }
  return changeAccount(db, id, change, by);
}

/** Disabled: its token, its sessions and any sign-in half done stop at once. Disabling twice changes nothing. */
export async function disableAccount(db: Database, id: string, by: AccountChangeBy): Promise<AccountRow> {
  if (id === by.actor) throw refused(409, 'own_disable');
  const account = await findAccount(db, id);
  if (account.disabledAt) return account;
  return db.$transaction(async (tx) => {
    const row = await tx.staffAccount.update({ where: { id }, data: { disabledAt: by.at } });
    // Deleted, not only refused: enabling the account again must not bring old sessions back.
    await tx.staffSession.deleteMany({ where: { accountId: id } });
    await tx.signInChallenge.deleteMany({ where: { accountId: id } });
    await recordAccountEvent(tx, id, by, 'disabled');
    return row;
  });
}

export async function enableAccount(db: Database, id: string, by: AccountChangeBy): Promise<AccountRow> {
  const account = await findAccount(db, id);
  if (!account.disabledAt) return account;
  return db.$transaction(async (tx) => {
    const row = await tx.staffAccount.update({ where: { id }, data: { disabledAt: null } });
    await recordAccountEvent(tx, id, by, 'enabled');
    return row;
  });
}

/** No API token works for the account any more, until a new one is made. */
export async function revokeToken(db: Database, id: string, by: AccountChangeBy): Promise<AccountRow> {
  const account = await findAccount(db, id);
  if (account.tokenHash === null) return account;
  return db.$transaction(async (tx) => {
    const row = await tx.staffAccount.update({ where: { id }, data: { tokenHash: null } });
    await recordAccountEvent(tx, id, by, 'token-revoked');
    return row;
  });
}

/** A new token (the old one stops at once), shown this once and never stored. */
export async function makeToken(db: Database, id: string, by: AccountChangeBy): Promise<string> {
  await findAccount(db, id);
  const token = newToken();
  await db.$transaction(async (tx) => {
    await tx.staffAccount.update({ where: { id }, data: { tokenHash: hashToken(token) } });
    await recordAccountEvent(tx, id, by, 'token-made');
  });
  return token;
}

/** Ends the account's sessions: `only` one, all `except` one (the person's own), or all; answers how many ended. */
export async function endSessions(
  db: Database,
  id: string,
  by: AccountChangeBy,
  which: { only?: string; except?: string } = {},
): Promise<number> {
  await findAccount(db, id);
  const idHash = which.only ?? (which.except ? { not: which.except } : undefined);
  return db.$transaction(async (tx) => {
    const { count } = await tx.staffSession.deleteMany({ where: { accountId: id, ...(idHash ? { idHash } : {}) } });
    if (count) await recordAccountEvent(tx, id, by, 'sessions-ended', { count });
    return count;
  });
}

/** A lost phone: the second factor and its recovery codes go; the person sets it up again after signing in. */
export async function removeSecondFactor(db: Database, id: string, by: AccountChangeBy): Promise<void> {
  const account = await findAccount(db, id);
  if (!account.totpEnabledAt) return;
  await db.$transaction(async (tx) => {
    await tx.staffAccount.update({
      where: { id },
      data: { totpSecretSealed: null, totpEnabledAt: null, totpLastStep: null },
    });
    await tx.recoveryCode.deleteMany({ where: { accountId: id } });
    await recordAccountEvent(tx, id, by, 'second-factor-off');
  });
}
