/**
 * Issue 21: the mailbox the service reads, as the poller workflow, its activity and the start code share
 * it. Only counts pass through Temporal: who wrote, what about and what they wrote stay in the register.
 * An interface of its own, as the monthly report's: no complaint workflow calls it, so their proxies and
 * histories do not change.
 */

/** The one poller's workflow ID: starting it again while it runs is refused, so one reads the mailbox. */
export const MAILBOX_POLLER_ID = 'mailbox-poller';

export interface MailboxPollerInput {
  pollSeconds: number;
  /** Rounds before the poller continues as new, so its history stays short. */
  roundsPerRun?: number;
  /**
   * How long a round or a wait may go without a heartbeat before Temporal starts it again on another worker:
   * 30 when absent (the service never sets it). The test of a killed worker sets a few seconds, since the
   * test server's clock cannot skip over an activity in flight.
   */
  heartbeatSeconds?: number;
}

export interface MailTakenIn {
  /** Mails new in the register this round. */
  taken: number;
  /** Of those, replies that joined their complaint's timeline. */
  matched: number;
  /** Of those, delivery status notifications that marked one of our mails failed. */
  bounced: number;
  /** Mails in triage the manager was told of this round: they wait longer than they may. */
  late?: number;
}

/**
 * How a wait for new mail ended: `mail` (the server reported more, or one was waiting) and `quiet` (the
 * longest wait passed) are followed by a round at once; the others mean IDLE was not to be had — the server
 * has none (`no-idle`), could not be reached (`unavailable`) or dropped the connection (`dropped`) — and the
 * poller waits its interval on a timer, as it polled before.
 */
export type MailWait = 'mail' | 'quiet' | 'no-idle' | 'unavailable' | 'dropped';

export interface MailboxActivities {
  /**
   * Takes every mail not yet in the register into it, then marks it read in the mailbox; tells the manager
   * of mails that wait in triage too long at `now` (the workflow's clock, so that time means one thing).
   */
  takeInMail(input?: { now?: string }): Promise<MailTakenIn>;
  /** Waits in IMAP IDLE, heartbeating, until new mail comes or `seconds` pass (activities/mailbox/wait-for-mail.ts). */
  waitForMail(input: { seconds: number }): Promise<MailWait>;
}

/** References read KL-<year>-<number> (api/complaints/register.ts); found in a subject or a Message-ID of ours. */
export const REFERENCE_IN_TEXT = /\bKL-\d{4}-\d{5,}\b/g;
