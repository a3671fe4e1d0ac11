/**
 * What Temporal Web can list and filter complaints by, without decoding anything: procedure facts, no
 * personal data. Registered at start (infra/search-attributes.ts) and kept current by the workflow, so
 *   temporal workflow list --query "ComplaintStatus='acknowledged' AND NextDeadline < '2026-12-01T00:00:00Z'"
 * finds what is due, and
 *   temporal workflow list --query "ReopenableUntil > '2026-12-01T00:00:00Z'"
 * the closed complaints that can still be reopened.
 */
import { defineSearchAttributeKey } from '@temporalio/common';

export const COMPLAINT_STATUS = defineSearchAttributeKey('ComplaintStatus', 'KEYWORD');
export const COMPLAINT_CHANNEL = defineSearchAttributeKey('ComplaintChannel', 'KEYWORD');
export const NEXT_DEADLINE = defineSearchAttributeKey('NextDeadline', 'DATETIME');
/** The staff account the complaint is assigned to, by login name; "extern" for an outside e-mail address. */
export const HANDLER = defineSearchAttributeKey('Handler', 'KEYWORD');

/**
 * R4: a closed complaint can be reopened until this moment (REOPEN_WINDOW after closing); its workflow
 * runs until then. Absent while the complaint is open, and on complaints closed before it existed.
 */
export const REOPENABLE_UNTIL = defineSearchAttributeKey('ReopenableUntil', 'DATETIME');

export const SEARCH_ATTRIBUTES = [COMPLAINT_STATUS, COMPLAINT_CHANNEL, NEXT_DEADLINE, HANDLER, REOPENABLE_UNTIL];
