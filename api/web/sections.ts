/**
 * Which sections of the app a person's roles open, for the menu, and where each person starts: the inbox
 * for those who work on complaints; for an operator, who sees no complaints, the accounts they manage.
 */
import { may, type Permission, type Role } from '../auth/roles';
import { PATHS, SECTIONS, type Section } from '../../web/layout';

const NEEDS: Record<Section, Permission | undefined> = {
  inbox: 'complaint.read',
  'new-complaint': 'complaint.register',
  letters: 'complaint.read',
  reports: 'reports.read',
  privacy: 'privacy.access',
  accounts: 'staff.manage',
  'my-account': undefined,
};

export function sectionsFor(roles: readonly Role[]): Section[] {
  return SECTIONS.filter((section) => {
    const needed = NEEDS[section];
    return !needed || may(roles, needed);
  });
}

/** The first page of the app the roles may open. */
export function homeFor(roles: readonly Role[]): string {
  const open = sectionsFor(roles);
  if (open.includes('inbox')) return PATHS.inbox;
  if (open.includes('accounts')) return PATHS.accounts;
  if (open.includes('reports')) return PATHS.reports;
  return PATHS.myAccount;
}
