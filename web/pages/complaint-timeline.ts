/**
 * A complaint's timeline (every recorded step and every message, the oldest first; a message's content
 * behind a disclosure, a letter as its PDF) and its deadline proof (every term, when it ended and what met
 * it), as staff read them on the complaint's page.
 */
import type { Deadline, ProofOutcome } from '../../domain/complaint';
import { html, type Html } from '../html';
import { csrfField, PATHS, type PageContext } from '../layout';
import { resendForm, type ActionFormContext } from './complaint-actions';
import { ruleLabel } from '../rule-label';

export interface StepEntry {
  kind: 'step';
  id: number;
  at: Date;
  action: string;
  actor: string;
  detail: Record<string, unknown>;
}

export interface MessageEntry {
  kind: 'message';
  id: number;
  at: Date;
  toComplainant: boolean;
  purpose: string;
  channel: string;
  recipient: string;
  subject: string;
  body: string;
  status: string;
  sentAt?: Date;
  postBy?: Date;
  /** A letter: where its PDF is. */
  pdf?: string;
  /** The person may send it again (it failed), or record it posted (a letter to post). */
  resendable: boolean;
  postable: boolean;
}

export type TimelineEntry = StepEntry | MessageEntry;

export interface ProofRow {
  term: Deadline['name'];
  due: Date;
  /** A day-long term: the local date it is the end of. */
  day?: string;
  outcome: ProofOutcome;
  at?: Date;
  /** The steps on record that show it, the one that ended it last. */
  evidence: { action: string; actor: string; at: Date }[];
}

/** Who did it: the person's name where the register knows it. */
export type People = (id: string) => string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

const LONG_DETAILS = new Set(['answer', 'way', 'resolution', 'correctiveAction', 'reason', 'text', 'comment']);

function detailValue(ctx: PageContext, people: People, key: string, value: unknown): string | Html {
  const t = ctx.t;
  if (key === 'handler' && typeof value === 'string') return people(value);
  // Dates as people write them, never ISO inside Dutch text (issue 19): a date, or a moment (its day at midnight).
  if (typeof value === 'string' && ISO_DATE.test(value)) return ctx.formats.day(value);
  if (typeof value === 'string' && ISO_INSTANT.test(value)) return ctx.formats.received(new Date(value));
  // Which letter was posted: two "letter posted" steps read alike otherwise.
  if (key === 'purpose' && typeof value === 'string') return ruleLabel(t.complaint.purposes[value] ?? value);
  if (key === 'changes' && value && typeof value === 'object') {
    const changes = Object.entries(value as Record<string, { from: string | null; to: string | null }>);
    return html`${changes.map(
      ([field, c], i) =>
        html`${i > 0 && html`; `}${(t.complaint as Record<string, unknown>)[field] as string}: ${c.from ?? t.complaint.none} → ${c.to ?? t.complaint.none}`,
    )}`;
  }
  return t.stepValues[String(value)] ?? String(value);
}

function stepDetails(ctx: PageContext, people: People, detail: Record<string, unknown>): Html {
  const shown = Object.entries(detail).filter(
    ([key, value]) => key in ctx.t.stepDetails && value !== null && value !== undefined && value !== '',
  );
  if (!shown.length) return html``;
  return html`<dl class="timeline__details">
      ${shown.map(
        ([key, value]) =>
          html`<div><dt>${ctx.t.stepDetails[key]}</dt><dd${LONG_DETAILS.has(key) && html` class="text"`}>${detailValue(ctx, people, key, value)}</dd></div>`,
      )}
    </dl>`;
}

function stepItem(ctx: PageContext, people: People, e: StepEntry): Html {
  const label = ruleLabel(ctx.t.steps[e.action] ?? e.action);
  return html`<li class="timeline__item timeline__item--${e.action === 'note' ? 'note' : 'step'}">
    <p class="timeline__when">${ctx.formats.moment(e.at)} · ${ctx.t.complaint.by(people(e.actor))}</p>
    <p class="timeline__what">${label}</p>
    ${stepDetails(ctx, people, e.detail)}
  </li>`;
}

function postedForm(ctx: PageContext, a: ActionFormContext, reference: string, id: number): Html {
  return html`<form method="post" action="${PATHS.complaint(reference)}/messages/${id}/posted" class="inline-form">
      ${csrfField(a.csrfToken)}
      <button type="submit" class="button button--secondary">${ctx.t.complaint.markPosted}</button>
    </form>`;
}

function messageItem(ctx: PageContext, a: ActionFormContext, m: MessageEntry): Html {
  const t = ctx.t.complaint;
  const to = m.toComplainant ? t.toComplainant : t.toStaff;
  const purpose = ruleLabel(t.purposes[m.purpose] ?? m.purpose);
  const failed = m.status === 'failed';
  return html`<li class="timeline__item timeline__item--message${failed ? ' is-failed' : ''}">
    <p class="timeline__when">${ctx.formats.moment(m.at)} · ${to}, ${t.via[m.channel] ?? m.channel}</p>
    <p class="timeline__what">${purpose} <span class="tag tag--${failed ? 'overdue' : 'plain'}">${t.messageStatus[m.status] ?? m.status}</span>${m.status === 'to_post' && m.postBy && html` <span class="muted">(${t.postBy(ctx.formats.deadline(m.postBy, ctx.t.deadline.day))})</span>`}</p>
    <details class="message">
      <summary>${t.content}: ${m.subject}</summary>
      <p class="message__recipient"><span class="muted">${t.recipient}:</span> ${m.recipient}</p>
      <pre class="message__body">${m.body}</pre>
    </details>
    ${
      (m.pdf || m.postable || m.resendable) &&
      html`<div class="timeline__actions">
      ${m.pdf && html`<a href="${m.pdf}" type="application/pdf">${t.openPdf}</a>`}
      ${m.postable && postedForm(ctx, a, a.reference, m.id)}
      ${m.resendable && resendForm(ctx, a, m.id)}
    </div>`
    }
  </li>`;
}

export function timelineSection(
  ctx: PageContext,
  a: ActionFormContext,
  people: People,
  entries: TimelineEntry[],
): Html {
  const t = ctx.t.complaint;
  return html`<section class="panel" aria-labelledby="timeline-title">
  <h2 id="timeline-title">${t.timeline}</h2>
  <p class="hint">${t.timelineIntro}</p>
  <ol class="timeline">
    ${entries.map((e) => (e.kind === 'step' ? stepItem(ctx, people, e) : messageItem(ctx, a, e)))}
  </ol>
</section>`;
}

export function proofSection(ctx: PageContext, people: People, rows: ProofRow[]): Html {
  const t = ctx.t.complaint;
  const row = (r: ProofRow) => {
    const due = ctx.formats.deadline(r.due, ctx.t.deadline.day);
    const last = r.evidence.at(-1);
    const how =
      r.outcome !== 'running' && last && r.evidence.length > 1
        ? html`<br><span class="muted">${ctx.t.steps[last.action] ?? last.action}, ${ctx.formats.moment(last.at)}</span>`
        : html``;
    return html`<tr${r.outcome === 'missed' && html` class="is-overdue"`}>
      <th scope="row" data-label="${t.proofTerm}">${t.deadlineNames[r.term]}</th>
      <td data-label="${t.proofDue}">${due}</td>
      <td data-label="${t.proofOutcome}"><strong${r.outcome === 'missed' && html` class="tag tag--overdue"`}>${t.outcomes[r.outcome]}</strong>${how}</td>
      <td data-label="${t.proofEvidence}"><ul class="plain-list">${r.evidence.map(
        (e) =>
          html`<li>${ctx.t.steps[e.action] ?? e.action} <span class="muted">(${ctx.formats.moment(e.at)}, ${people(e.actor)})</span></li>`,
      )}</ul></td>
    </tr>`;
  };
  return html`<section class="panel" aria-labelledby="proof-title">
  <h2 id="proof-title">${t.proof}</h2>
  <p class="hint">${t.proofIntro}</p>
  ${
    rows.length
      ? html`<table class="complaints proof">
    <caption class="visually-hidden">${t.proof}</caption>
    <thead><tr><th scope="col">${t.proofTerm}</th><th scope="col">${t.proofDue}</th><th scope="col">${t.proofOutcome}</th><th scope="col">${t.proofEvidence}</th></tr></thead>
    <tbody>${rows.map(row)}</tbody>
  </table>`
      : html`<p class="empty">${t.noProof}</p>`
  }
</section>`;
}
