/**
 * Who may do what (../shared/PROCEDURE.md, "Roles"). The roles of each staff action are defined with
 * the action (domain/workflow-messages.ts); the rest of the API's permissions are here.
 */
import { ACTION_MESSAGES, type ActionName } from '../../domain/workflow-messages';
import { COMPLAINT_STAFF, type Role } from '../../domain/roles';

export { ROLES, type Role } from '../../domain/roles';

const OTHER_PERMISSIONS = {
  'complaint.register': COMPLAINT_STAFF,
  /** R7: register an oral complaint together with the answer given at once. */
  'complaint.answer-at-once': ['representative'],
  'complaint.read': COMPLAINT_STAFF,
  'complaint.note': COMPLAINT_STAFF,
  /** A scanned letter, a photo, a PDF with the complaint. */
  'complaint.attach': COMPLAINT_STAFF,
  /** Correcting contact details is desk work, and the handler's. */
  'complaint.correct': ['intake', 'handler', 'manager'],
  /** Printing and posting letters is desk work. */
  'letter.post': ['intake', 'handler', 'manager'],
  'staff.manage': ['operator'],
  /** R6: the lists of services, categories and causes the forms choose from. */
  'lists.manage': ['operator'],
  /** Reply templates are the organisation's words: operators keep them, staff who write replies use them. */
  'templates.manage': ['operator'],
  /** R6: reports show figures about the work, never a complainant: for managers, and operators who run it. */
  'reports.read': ['manager', 'operator'],
  /** Reading what the payload codec encrypted in Temporal (Temporal Web's codec server). */
  'payloads.decode': ['operator'],
  /** Temporal Web, served at /temporal/ (api/temporal-web.ts): it decodes for whoever may decode. */
  'temporal.web': ['operator'],
  /** AVG: a complainant's right of access (everything held about them) and to erasure, handled by operators. */
  'privacy.access': ['operator'],
  'privacy.erase': ['operator'],
} satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof OTHER_PERMISSIONS | ActionName;

export const PERMISSIONS: Record<Permission, readonly Role[]> = {
  ...OTHER_PERMISSIONS,
  ...(Object.fromEntries(Object.entries(ACTION_MESSAGES).map(([name, a]) => [name, a.roles])) as unknown as Record<
    ActionName,
    readonly Role[]
  >),
};

export function may(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => PERMISSIONS[permission].includes(role));
}
