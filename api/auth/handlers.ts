/**
 * The staff who may handle a complaint (domain/roles.ts HANDLING_ROLES): the accounts the assign form
 * offers, and the only accounts the API lets a complaint be assigned to.
 */
import { HANDLING_ROLES } from '../../domain/roles';

interface AccountRoles {
  roles: string;
  disabledAt: Date | null;
}

export const mayHandle = (account: AccountRoles) =>
  !account.disabledAt && account.roles.split(',').some((role) => (HANDLING_ROLES as readonly string[]).includes(role));

/** The accounts a complaint may be assigned to, as choices: the person's name with the login name. */
export function handlerChoices(accounts: (AccountRoles & { id: string; name: string })[]) {
  return accounts
    .filter(mayHandle)
    .map((a) => ({ value: a.id, label: a.name === a.id ? a.id : `${a.name} (${a.id})` }))
    .sort((x, y) => x.label.localeCompare(y.label, 'nl'));
}
