/**
 * What the simulated staff did and what the API answered, at which simulated moment: the runner's own
 * record, kept apart from the register so the checks can hold one against the other.
 */
import type { ActionName } from '../../domain/actions';
import type { Role } from '../../domain/roles';

export interface JournalEntry {
  lifeId: number;
  /** The complaint's reference; absent only when its intake was not accepted. */
  reference?: string;
  what: 'intake' | ActionName;
  role: Role;
  /** Simulated time the request was sent, epoch milliseconds. */
  at: number;
  /** Simulated time its answer came (the test server's clock runs on while it is not skipping). */
  answeredAt: number;
  /** The HTTP status of the answer. */
  status: number;
  body: Record<string, unknown>;
  /** The reason the API gave when it did not accept the request. */
  error?: string;
  /** A refused action: the parts of the complaint that changed anyway (should be none). */
  changed?: string[];
}

/** A window in which the mail server answered 421, in simulated epoch milliseconds. */
export interface Window {
  from: number;
  to: number;
}

export interface Run {
  /** Simulated moment the year began and the moment the checks look at it, epoch milliseconds. */
  start: number;
  end: number;
  /** Life id → the reference of its complaint. */
  references: Map<number, string>;
  journal: JournalEntry[];
  outages: Window[];
}

/** The register event each accepted staff action is recorded as (workflows/handlers.ts). */
export const EVENT_OF: Record<ActionName, string> = {
  assign: 'assigned',
  'cannot-answer-in-time': 'acknowledged',
  'reply-sent': 'reply_sent',
  'callback-done': 'callback_done',
  'written-confirmation': 'written_confirmation_requested',
  close: 'closed',
  withdraw: 'withdrawn',
  reopen: 'reopened',
  'send-message': 'message_sent',
  'resend-message': 'message_resent',
};

/** Actions whose identical repeat is answered 200 and changes nothing (the first one is on record). */
const ONCE_ONLY: readonly string[] = ['reply-sent', 'written-confirmation'];

/**
 * The accepted actions of one life that each put an event on record, in order: an identical repeat of
 * a reply or a written confirmation is accepted but does nothing twice — until the complaint is
 * reopened, after which a reply is a new one.
 */
export function recordedActions(entries: JournalEntry[]): (JournalEntry & { what: ActionName })[] {
  const seen = new Set<string>();
  return entries.filter((e): e is JournalEntry & { what: ActionName } => {
    if (e.what === 'intake' || e.status !== 200) return false;
    if (e.what === 'reopen') seen.delete('reply-sent');
    if (ONCE_ONLY.includes(e.what) && seen.has(e.what)) return false;
    seen.add(e.what);
    return true;
  });
}
