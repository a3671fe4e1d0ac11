/**
 * The deadline proof of one complaint: every term that applied (the callback, the reply term, the
 * moment of the automatic acknowledgement, each promised date), when it was due, when and how it was
 * met or missed, and the register events that show it — what an auditor or the ombudsman asks for.
 * Built from the register alone (each step records the deadlines running after it), so it holds after
 * Temporal's history retention has deleted the workflow's history.
 */
import type { Deadline, ProofOutcome } from '../../domain/complaint';
import type { EventName } from '../../domain/events';

export interface ProofEvent {
  id: number;
  action: EventName;
  actor: string;
  at: string;
}

export interface TermProof {
  term: Deadline['name'];
  rule: string;
  due: string;
  /** A day-long term: the local date it is the end of. */
  day?: string;
  armedAt: string;
  outcome: ProofOutcome;
  /** What met, ended or missed it, in words. */
  how: string;
  /** When it was met, replaced, or seen missed. */
  at?: string;
  evidence: ProofEvent[];
}

export interface RecordedStep extends ProofEvent {
  detail: Record<string, unknown>;
  /** The deadlines running after the step; null for steps recorded before snapshots existed. */
  deadlines: Deadline[] | null;
}

const RULE: Record<Deadline['name'], string> = {
  callback: 'R7',
  acknowledgement: 'R3/R10',
  reply: 'R9',
  promise: 'R4/R10',
};

/** Steps that keep a term company while it runs: reminders, escalations, failures. */
const ALONG = new Set<EventName>([
  'callback_overdue',
  'callback_escalated',
  'promise_reminder',
  'escalated',
  'message_failed',
  'letter_not_posted',
  'term_missed_at_entry',
]);

function how(term: Deadline['name'], step: RecordedStep): { outcome: TermProof['outcome']; how: string } | undefined {
  const detail = step.detail as { channel?: string; automatic?: boolean; outcome?: string };
  switch (step.action) {
    case 'reply_sent':
      return term === 'acknowledgement'
        ? { outcome: 'not_needed', how: 'replied before the acknowledgement was due' }
        : { outcome: 'met', how: `reply sent (${detail.channel})` };
    case 'acknowledged':
      if (term === 'promise') return { outcome: 'replaced', how: 'a new date was promised' };
      return { outcome: 'met', how: detail.automatic ? 'acknowledged automatically' : 'acknowledged by staff' };
    case 'callback_done':
      return { outcome: 'met', how: `called back (${detail.outcome})` };
    case 'withdrawn':
      return { outcome: 'not_needed', how: 'the complainant withdrew' };
    default:
      return undefined;
  }
}

/**
 * R9/R4: a reply by letter meets its term when the letter is posted, not when it is written: the result
 * of the reply step, held until the register shows the reply letter posted (the first after the step).
 */
function postedReply(steps: RecordedStep[], ended: RecordedStep, now: Date, due: string) {
  if (ended.action !== 'reply_sent' || (ended.detail as { channel?: string }).channel !== 'letter') return undefined;
  const posted = steps.find(
    (s) =>
      s.action === 'letter_posted' &&
      (s.detail as { purpose?: string }).purpose === 'reply' &&
      Date.parse(s.at) >= Date.parse(ended.at),
  );
  if (posted) return { posted, outcome: 'met' as const, how: 'reply letter posted', at: posted.at };
  return Date.parse(due) <= now.getTime()
    ? { outcome: 'missed' as const, how: 'reply letter not posted yet', at: due }
    : { outcome: 'awaiting_posting' as const, how: 'reply letter not posted yet' };
}

const pick = ({ id, action, actor, at }: ProofEvent): ProofEvent => ({ id, action, actor, at });

export function deadlineProof(steps: RecordedStep[], now: Date): TermProof[] {
  const snapshots = steps.filter((s) => s.deadlines !== null);
  const latest = snapshots.at(-1)?.deadlines ?? [];
  // Each distinct term, with the snapshots it first and last appears in.
  const seen = new Map<string, { deadline: Deadline; first: number; last: number }>();
  snapshots.forEach((step, i) => {
    for (const d of step.deadlines!) {
      const id = `${d.name}@${d.due}`;
      const known = seen.get(id);
      if (known) known.last = i;
      else seen.set(id, { deadline: d, first: i, last: i });
    }
  });

  return [...seen.values()].map(({ deadline, first, last }) => {
    const armed = snapshots[first];
    const ended = snapshots[last + 1]; // the step after which it no longer ran
    const running = !ended && latest.some((d) => d.name === deadline.name && d.due === deadline.due);
    const until = ended ? Date.parse(ended.at) : now.getTime();
    const along = steps.filter(
      (s) => ALONG.has(s.action) && Date.parse(s.at) >= Date.parse(armed.at) && Date.parse(s.at) <= until,
    );
    const base = {
      term: deadline.name,
      rule: RULE[deadline.name],
      due: deadline.due,
      day: deadline.day,
      armedAt: armed.at,
      evidence: [armed, ...along, ...(ended ? [ended] : [])].map(pick),
    };
    const overdue = Date.parse(deadline.due) <= now.getTime();
    if (running || !ended) {
      return overdue
        ? { ...base, outcome: 'missed' as const, how: 'overdue: not met yet', at: deadline.due }
        : { ...base, outcome: 'running' as const, how: 'running' };
    }
    const result = how(deadline.name, ended) ?? { outcome: 'not_needed' as const, how: ended.action };
    const letter = result.outcome === 'met' ? postedReply(steps, ended, now, deadline.due) : undefined;
    if (letter) {
      const { posted, ...outcome } = letter;
      const evidence = posted ? [...base.evidence, pick(posted)] : base.evidence;
      const late = posted && Date.parse(posted.at) >= Date.parse(deadline.due);
      return late
        ? { ...base, evidence, outcome: 'missed' as const, how: `${outcome.how}, after the term`, at: posted.at }
        : { ...base, evidence, ...outcome };
    }
    // The automatic acknowledgement is the procedure's own step when its moment comes: recorded a few
    // milliseconds after it (the timer's task runs then), it is on time. One sent at entry (`late`) is not.
    const { automatic, late: atEntry } = ended.detail as { automatic?: boolean; late?: boolean };
    const ownStep = deadline.name === 'acknowledgement' && ended.action === 'acknowledged' && automatic && !atEntry;
    const late = result.outcome === 'met' && !ownStep && Date.parse(ended.at) >= Date.parse(deadline.due);
    return late
      ? { ...base, outcome: 'missed' as const, how: `${result.how}, after the term`, at: ended.at }
      : { ...base, ...result, at: ended.at };
  });
}
