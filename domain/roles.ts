/**
 * Who works on complaints (../shared/PROCEDURE.md, "Roles"). A member of staff may hold several roles.
 * Only authorised representatives answer a complaint orally on the organisation's behalf (R7/R8).
 */
export const ROLES = ['intake', 'handler', 'representative', 'manager', 'operator'] as const;
export type Role = (typeof ROLES)[number];

/** Everyone who works on complaints; operators run the system and see no complaints. */
export const COMPLAINT_STAFF: readonly Role[] = ['intake', 'handler', 'representative', 'manager'];

/** A staff account's login name: recorded as the actor of everything the account does. */
export const STAFF_ID = /^[a-z0-9][a-z0-9._@-]{1,62}$/;

/**
 * Names no account may take: actors the service itself uses, and `me`, which stands for the caller in
 * `GET /api/complaints?handler=me`.
 */
export const RESERVED_STAFF_IDS = ['system', 'public', 'me'];

/**
 * Who may handle a complaint, so be assigned one: those who may send its reply (R9). The assign form offers
 * only these accounts, and the API refuses another account.
 */
export const HANDLING_ROLES: readonly Role[] = ['handler', 'manager'];
