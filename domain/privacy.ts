/**
 * AVG/GDPR: the complainant's personal data is kept while it serves the complaint, and a retention period
 * (RETENTION_AFTER_CLOSING) after the complaint was closed or withdrawn; then a Temporal Schedule has it
 * anonymised. What the schedule's workflow and its activity share. The workflow sees references and counts
 * only: the anonymising is the activity's, in the register (privacy/anonymise.ts).
 */

/** The Temporal Schedule that runs the retention sweep; also the start of each run's workflow ID. */
export const RETENTION_SCHEDULE_ID = 'retention';

export interface RetentionInput {
  /** How long after closing (or withdrawal) a complaint keeps its personal data, in milliseconds. */
  retentionMs: number;
}

export interface ExpiredRequest {
  /** Complaints closed or withdrawn before this moment (ISO) are anonymised. */
  closedBefore: string;
  /** At most this many in one activity: a long first sweep is many short transactions, each retried alone. */
  limit: number;
}

export interface RetentionSwept {
  closedBefore: string;
  /** How many complaints this run anonymised. */
  anonymised: number;
  /** Whether more were left for the next run (a run does a bounded number of batches). */
  more: boolean;
}

export interface PrivacyActivities {
  /** Anonymises up to `limit` complaints past retention; the references it anonymised. */
  anonymiseExpired(request: ExpiredRequest): Promise<{ references: string[] }>;
}

/** The register event an anonymisation leaves: who, when and why (the reason given, or the retention). */
export const ANONYMISED_EVENT = 'anonymised';
