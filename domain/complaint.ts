/**
 * The complaint as the workflow, the API and the activities all see it. Plain JSON only (ISO date
 * strings, arrays): workflow inputs, states and query results travel as JSON.
 */
import type { Channel, ComplaintKind, Language, ReplyChannel } from './channels';
import type { ProcedureTerms } from './terms';

export interface Complainant {
  name: string;
  email?: string;
  phone?: string;
  /** Postal address, printed on letters. */
  address?: string;
  /** Language of every message to the complainant (R5: Dutch by default). */
  language: Language;
}

/** R7: what an authorised representative answered orally. */
export interface OralAnswer {
  by: string;
  answer: string;
  at: string;
}

/**
 * How the complainant can be reached in writing. The workflow knows only that a route exists; the
 * address itself stays in the register, where the activities read it when they send.
 */
export interface ContactRoutes {
  email: boolean;
  postal: boolean;
}

/** What the workflow starts from: the registered complaint (R2) and the terms it runs under. */
export interface ComplaintWorkflowInput {
  reference: string;
  channel: Channel;
  kind: ComplaintKind;
  /** When the complaint reached the organisation; may lie before registration (a letter entered late). */
  receivedAt: string;
  registeredAt: string;
  registeredBy: string;
  /** Absent in complaints started before it existed: then derived from `complainant`. */
  contact?: ContactRoutes;
  service?: string;
  /** R7: an oral complaint answered at once, during the same conversation. */
  answeredAtOnce?: OralAnswer;
  terms: ProcedureTerms;
  /**
   * Complaints started before the register held the person alone carried these; running ones still
   * do. New complaints leave them out: activities read contact details from the register.
   */
  complainant?: Complainant;
  subject?: string;
  description?: string;
}

/**
 * Where a complaint stands:
 * - awaiting_callback: oral, not answered at once: a callback is due (R7);
 * - in_handling: the reply term runs (R3/R9);
 * - acknowledged: acknowledged with a promised date, which is watched (R10/R4);
 * - answered: the official (or oral) answer has been given; staff close and categorise it;
 * - closed, withdrawn: final.
 */
export const PHASES = ['awaiting_callback', 'in_handling', 'acknowledged', 'answered', 'closed', 'withdrawn'] as const;
export type Phase = (typeof PHASES)[number];

/** The register's status: `registered` until the workflow has put its first step on record, then the phase. */
export const REGISTER_STATUSES = ['registered', ...PHASES] as const;
export type RegisterStatus = (typeof REGISTER_STATUSES)[number];

const FINAL_PHASES: readonly Phase[] = ['closed', 'withdrawn'];

/** A closed or withdrawn complaint changes no more. */
export function isFinal(phase: Phase): boolean {
  return FINAL_PHASES.includes(phase);
}

export interface Acknowledgement {
  /** How the complaint will be handled further; absent: the standard text of the automatic one. */
  way?: string;
  /** Local date (YYYY-MM-DD) by which the complainant can expect the reply. */
  expectedBy: string;
  /** True when the deadline sent it, false when staff said "we cannot answer in time". */
  automatic: boolean;
  by: string;
  at: string;
}

export interface Reply {
  by: string;
  channel: ReplyChannel;
  at: string;
  /** A digest of the reply's text, so a repeat can be told from a different reply. */
  digest?: string;
}

export interface Closure {
  by: string;
  resolution: string;
  /** R5: what was repaired. */
  correctiveAction?: string;
  /** R6 */
  category: string;
  cause: string;
  at: string;
}

/** A deadline that is running: when it falls due, and what happens then. */
export interface Deadline {
  name: 'callback' | 'acknowledgement' | 'reply' | 'promise';
  due: string;
  /** A day-long deadline (a promised date, the reply term): the local date it is the end of. */
  day?: string;
}

/**
 * How a term stands in the deadline proof. `awaiting_posting`: a reply by letter was made, but it meets
 * the term only when the letter is posted (R9: a letter still on the desk has not gone to the complainant).
 */
export type ProofOutcome = 'met' | 'missed' | 'running' | 'replaced' | 'not_needed' | 'awaiting_posting';

/** What staff must do next, and by when (R4: staff always know what is due). */
export interface NextStep {
  step: 'call_back' | 'reply' | 'close';
  due?: string;
}

/** The workflow's live state, as its status query returns it. */
export interface ComplaintState {
  reference: string;
  kind: ComplaintKind;
  channel: Channel;
  phase: Phase;
  receivedAt: string;
  handler?: string;
  /** R9: end of the reply term (written complaints, and oral ones that need further handling). */
  replyDueAt?: string;
  /** R7 */
  callbackDueAt?: string;
  callbackRemindersSent: number;
  /** R7/R4: the callback stayed overdue after every reminder; a manager was called in. */
  callbackEscalatedAt?: string;
  oralAnswer?: OralAnswer;
  /** How the complainant can be reached in writing. */
  contact: ContactRoutes;
  /** R3/R9: the term had ended before an acknowledgement or reply could go out (a late entry). */
  termMissedAt?: string;
  /** R6: a reminder to close and categorise the answered complaint went out. */
  closeRemindedAt?: string;
  /** R8 */
  writtenConfirmation?: { by: string; channel: 'email' | 'letter'; at: string };
  acknowledgements: Acknowledgement[];
  /** R4: when a promised date was missed and a manager was called in. */
  escalatedAt?: string;
  reply?: Reply;
  closure?: Closure;
  withdrawal?: { by: string; reason?: string; at: string };
  /** R4: each time the closed complaint was reopened, with what it had been closed with. */
  reopenings?: { by: string; reason: string; at: string; reply?: Reply; closure?: Closure }[];
  /** Deadlines still running, soonest first. */
  deadlines: Deadline[];
  /** Null once the complaint is closed or withdrawn. */
  next: NextStep | null;
}
