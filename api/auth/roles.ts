/**
 * Who may do what (../shared/PROCEDURE.md, "Roles"). A member of staff may hold several roles.
 * Only authorised representatives answer a complaint orally on the organisation's behalf (R7/R8).
 */
export const ROLES = ['intake', 'handler', 'representative', 'manager', 'operator'] as const;
export type Role = (typeof ROLES)[number];

const STAFF_WHO_HANDLE_COMPLAINTS: Role[] = ['intake', 'handler', 'representative', 'manager'];

export const PERMISSIONS = {
  'complaint.register': STAFF_WHO_HANDLE_COMPLAINTS,
  /** R7: register an oral complaint together with the answer given at once. */
  'complaint.answer-at-once': ['representative'],
  'complaint.read': STAFF_WHO_HANDLE_COMPLAINTS,
  'complaint.note': STAFF_WHO_HANDLE_COMPLAINTS,
  /** R7: the callback is an oral answer. */
  'callback-done': ['representative'],
  /** R8 */
  'written-confirmation': ['representative'],
  'cannot-answer-in-time': ['handler', 'manager'],
  'reply-sent': ['handler', 'manager'],
  close: ['handler', 'manager'],
  withdraw: ['intake', 'handler', 'manager'],
  assign: ['intake', 'handler', 'manager'],
  /** Printing and posting letters is desk work. */
  'letter.post': ['intake', 'handler', 'manager'],
  'staff.manage': ['operator'],
} satisfies Record<string, Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function may(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => (PERMISSIONS[permission] as readonly Role[]).includes(role));
}
