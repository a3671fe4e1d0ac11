/**
 * A complaint's procedure in words, for operators in Temporal Web: the workflow's summary, its timers'
 * and activities' summaries and its current details. Procedure facts only (rule, phase, channel, dates),
 * never the complainant: these texts are shown to whoever may look at the workflow.
 */
import type { Channel } from './channels';
import type { ComplaintState, ComplaintWorkflowInput, Deadline, Phase } from './complaint';
import type { ComplainantMessagePurpose, StaffNoticePurpose } from './notifications';
import { dateFormatter } from './kept-formatters';
import type { ProcedureTerms } from './terms';

export const CHANNEL: Record<Channel, string> = {
  phone: 'telefoon',
  in_person: 'aan de balie',
  letter: 'brief',
  email: 'e-mail',
  web: 'webformulier',
};

export const PHASE: Record<Phase, string> = {
  awaiting_callback: 'wacht op terugbellen (R7)',
  in_handling: 'in behandeling; de antwoordtermijn loopt (R9)',
  acknowledged: 'ontvangst bevestigd; de toegezegde datum loopt (R10, R4)',
  answered: 'beantwoord; nog af te sluiten en te categoriseren (R6)',
  closed: 'afgesloten; kan nog heropend worden (R4)',
  withdrawn: 'ingetrokken',
};

export const DEADLINE: Record<Deadline['name'], string> = {
  callback: 'R7: terugbellen',
  acknowledgement: 'R3: ontvangstbevestiging',
  reply: 'R9: antwoordtermijn',
  promise: 'R4: toegezegde datum',
};

/** What each message and notice is, by the rule it serves: the summaries of the activities that send them. */
export const MESSAGE: Record<ComplainantMessagePurpose, string> = {
  receipt: 'R4: bevestiging van ontvangst met statuslink',
  late_receipt: 'R3/R10: late ontvangstbevestiging met excuses en datum',
  acknowledgement: 'R3: ontvangstbevestiging',
  new_date: 'R10: nieuwe datum',
  written_confirmation: 'R8: schriftelijke bevestiging',
  progress: 'R4: voortgangsbericht',
  reply: 'R9: reactie',
  reopened: 'R4: klacht heropend',
  interim: 'R4: tussenbericht',
  status_link: 'R4: statuslink opnieuw',
  closed: 'R4/R6: klacht afgesloten, met tevredenheidsvraag',
};

export const NOTICE: Record<StaffNoticePurpose, string> = {
  callback_overdue: 'R7: herinnering terugbellen',
  callback_escalation: 'R7: escalatie terugbellen',
  promise_reminder: 'R4: herinnering toegezegde datum',
  escalation: 'R4: escalatie toegezegde datum',
  message_failed: 'R4: bericht niet verzonden',
  term_missed: 'R3: termijn al verstreken',
  letter_to_post: 'R4: brief te posten',
  letter_not_posted: 'R4: brief niet gepost',
  close_reminder: 'R6: herinnering afsluiten',
  reply_received: 'R4: reactie van de klager',
  message_bounced: 'R4: e-mail onbestelbaar',
};

export const NEXT: Record<NonNullable<ComplaintState['next']>['step'], string> = {
  call_back: 'terugbellen',
  reply: 'reageren',
  close: 'afsluiten en categoriseren',
};

function day(date: string, zone: string): string {
  return dateFormatter('nl-NL', { day: 'numeric', month: 'short', year: 'numeric', timeZone: zone }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

function moment(iso: string, zone: string): string {
  return dateFormatter('nl-NL', { dateStyle: 'medium', timeStyle: 'short', timeZone: zone }).format(new Date(iso));
}

/** "uiterlijk 9 dec 2026" for a day-long deadline, "26 nov 2026 14:00" for a moment. */
export function when(d: Pick<Deadline, 'due' | 'day'>, zone: string): string {
  return d.day ? `uiterlijk ${day(d.day, zone)}` : moment(d.due, zone);
}

/**
 * The workflow's one-line summary: what kind of complaint, and the rule its procedure starts under. Set
 * once at start and never updated, so it holds no date: dates change (a promise moved, a reopening) and
 * live in the current details.
 */
export function workflowSummary(input: ComplaintWorkflowInput, deadlines: Deadline[], terms: ProcedureTerms): string {
  const kind = input.kind === 'oral' ? 'Mondelinge klacht' : 'Schriftelijke klacht';
  const rule = deadlines.some((d) => d.name === 'reply')
    ? ` — R9: reactie binnen ${terms.replyTermDays} dagen`
    : deadlines.some((d) => d.name === 'callback')
      ? ' — R7: terugbellen'
      : '';
  return `${kind} (${CHANNEL[input.channel]})${rule}`;
}

/** How long a closed complaint can still be reopened: until `until`, or that moment has passed. */
export interface ReopenWindow {
  until: string;
  passed: boolean;
}

function phaseShown(state: ComplaintState, zone: string, reopen: ReopenWindow | undefined): string {
  if (state.phase !== 'closed' || !reopen) return PHASE[state.phase];
  const until = moment(reopen.until, zone);
  return reopen.passed
    ? `afgesloten; heropenen kon tot ${until} (R4)`
    : `gesloten; kan heropend worden tot ${until} (R4)`;
}

/** Where the complaint stands, as Temporal Web shows it under "current details" (Markdown). */
export function currentDetails(state: ComplaintState, zone: string, reopen?: ReopenWindow): string {
  const lines = [`**Fase:** ${phaseShown(state, zone, reopen)}`];
  for (const d of state.deadlines) lines.push(`- ${DEADLINE[d.name]}: ${when(d, zone)}`);
  if (state.next) lines.push(`**Volgende stap:** ${NEXT[state.next.step]}`);
  if (state.escalatedAt) lines.push('**Geëscaleerd:** toegezegde datum gemist (R4)');
  if (state.callbackEscalatedAt) lines.push('**Geëscaleerd:** terugbellen bleef uit (R7, R4)');
  if (state.termMissedAt) lines.push('**Termijn gemist:** al verstreken bij registratie (R3, R9)');
  return lines.join('\n');
}

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;
const span = (ms: number) => (ms % DAY_MS === 0 ? `${ms / DAY_MS} dagen` : `${Math.round(ms / HOUR_MS)} uur`);

/** The terms the complaint runs under, as the workflow's details in Temporal Web (Markdown). */
export function termsDetails(terms: ProcedureTerms): string {
  return [
    `**Termijnen** (tijdzone ${terms.timeZone})`,
    `- R9: reactie binnen ${terms.replyTermDays} dagen na ontvangst`,
    `- R3/R10: automatische ontvangstbevestiging ${span(terms.acknowledgementLeadMs)} vóór het einde daarvan (eerder als een brief anders geen werkdag heeft om op tijd gepost te worden), met een reactie binnen ${terms.defaultExtensionDays} dagen erna`,
    `- R7: terugbellen binnen ${span(terms.callbackDueMs)}; herinnering elke ${span(terms.callbackReminderIntervalMs)}, na ${terms.callbackMaxReminders} naar een leidinggevende`,
    `- R4: herinnering ${span(terms.promiseReminderLeadMs)} vóór een toegezegde datum; escalatie als die verstrijkt`,
    `- R6: herinnering om af te sluiten na ${span(terms.closeReminderMs)}`,
  ].join('\n');
}
