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
  lists: 'lists.manage',
  templates: 'templates.manage',
  mailbox: 'complaint.register',
  'my-account': undefined,
};

/** `mailbox`: whether a mailbox is read (MAILBOX_URL); without one its triage list has nothing to show. */
export function sectionsFor(roles: readonly Role[], options: { mailbox?: boolean } = {}): Section[] {
  return SECTIONS.filter((section) => {
    if (section === 'mailbox' && !options.mailbox) return false;
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
