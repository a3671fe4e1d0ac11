/**
 * Every change to a running workflow's behaviour, by the ID its `patched()` marker carries, with the day
 * it was introduced. `npm run patches` reads it to tell, per patch, how many running complaints could
 * still take the old branch (infra/patch-census.ts), and so when a patch can be retired.
 *
 * Retiring a patch (README, "Upgrades"): when no running complaint can take its old branch, replace
 * `patched(id)` and the old branch by `deprecatePatch(id)` and give the entry its `deprecated` day; when
 * every complaint started before that day has ended, remove the call and the entry. Plain data: the
 * operator's command reads it outside the workflow sandbox.
 */
interface Patch {
  /** The day the patch was introduced: complaints started before it may have passed its point without it. */
  since: string;
  /** What the new branch does. */
  what: string;
  /** The day `deprecatePatch` replaced it: complaints started since carry no old branch at all. */
  deprecated?: string;
  /** The workflow it changes, when not the complaint's (its runs are the ones counted). */
  workflowType?: string;
}

export const PATCHES = {
  'search-attributes': { since: '2026-11-25', what: 'status, channel, deadline and handler as search attributes' },
  'callback-escalation': { since: '2026-11-25', what: 'a manager is told after the last callback reminder' },
  'late-entry': {
    since: '2026-11-25',
    what: 'a complaint entered after its acknowledgement moment is acknowledged at once',
    deprecated: '2026-12-04',
  },
  'close-reminder': { since: '2026-11-25', what: 'an answered complaint left open is brought back to its handler' },
  'letters-to-post': { since: '2026-11-25', what: 'a letter is watched until staff post it' },
  'reopen-window': { since: '2026-11-25', what: 'a closed complaint can be reopened for a while' },
  'register-locally': { since: '2026-11-25', what: 'steps are recorded in the register by local activities' },
  'per-round-messages': {
    since: '2026-11-25',
    what: "a reopened complaint's reply and close reminder have names of their own",
  },
  'sealed-messages-only': { since: '2026-12-04', what: 'an unencrypted start or signal is refused' },
  'handler-not-an-address': { since: '2026-12-04', what: 'the Handler search attribute never holds an e-mail address' },
  'reopen-window-shown': {
    since: '2026-12-05',
    what: 'a closed complaint shows until when it can be reopened (ReopenableUntil)',
  },
  'late-receipt': {
    since: '2026-12-05',
    what: 'a complaint entered after its acknowledgement moment gets one receipt, with an apology and the date',
  },
  'closing-message': {
    since: '2026-12-05',
    what: 'closing sends the complainant the status link and the satisfaction question',
  },
  'posting-on-working-days': { since: '2026-12-05', what: 'a letter is never to be posted on a closed day' },
  'next-deadline-as-inbox': {
    since: '2026-12-05',
    what: 'the NextDeadline search attribute is the deadline the inbox shows, not the automatic acknowledgement',
  },
  'letters-arrive-in-term': {
    since: '2026-12-07',
    what: 'the acknowledgement leaves a working day to post a letter on, and no letter is moved past its arrival',
  },
  'closing-after-reply': {
    since: '2026-12-07',
    what: 'the closing message leaves only once the reply was handed over, so the complainant reads the answer first',
  },
  'mailbox-idle': {
    since: '2026-12-05',
    what: 'the mailbox poller waits in IMAP IDLE for new mail, on its timer only without IDLE',
    workflowType: 'mailboxPollerWorkflow',
  },
} satisfies Record<string, Patch>;

export type PatchId = keyof typeof PATCHES;
