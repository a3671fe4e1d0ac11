/**
 * A complaint's page (R4: staff see what is due): the complaint, where it stands and what comes next by
 * when, the actions the state and the person's roles allow, the timeline, the deadline proof; beside them
 * the complainant (with a form to correct the details), internal notes, and "record a message from the
 * complainant". Every form posts and comes back here (303); one that came back with problems is shown
 * with an error summary at the top that links to its fields.
 */
import type { Channel } from '../../domain/channels';
import type { ComplaintState, RegisterStatus } from '../../domain/complaint';
import { errorSummary, filled, input, radios, textarea, type FormState } from '../forms';
import { html, type Html } from '../html';
import { layout, PATHS, type PageContext } from '../layout';
import type { Previewed } from './message-preview';
import { actionsSection, formBasics, type ActionFormContext, type OfferedAction } from './complaint-actions';
import { attachmentsSection, type AttachmentItem } from './complaint-attachments';
import { proofSection, timelineSection, type People, type ProofRow, type TimelineEntry } from './complaint-timeline';
import { ruleLabel } from '../rule-label';

export interface ComplaintView {
  reference: string;
  subject: string;
  description: string;
  channel: Channel;
  service?: string;
  status: RegisterStatus;
  receivedAt: Date;
  registeredAt: Date;
  registeredBy: string;
  handler?: string;
  answeredAtOnce?: { by: string; answer: string };
  complainant: { name: string; email?: string; phone?: string; address?: string; language: string };
  /** The workflow's live state; absent when it does not answer (no worker): the page shows the register's. */
  live?: ComplaintState;
  /** What the person may do: absent when the live state is. */
  actions?: OfferedAction[];
  may: { correct: boolean; note: boolean; attach: boolean };
  attachments: AttachmentItem[];
  attachmentLimits: { maxFiles: number; maxBytes: number };
  timeline: TimelineEntry[];
  notes: { by: string; at: Date; text: string }[];
  proof: ProofRow[];
  /** Staff accounts by login name: names for the people in the timeline. */
  people: Record<string, string>;
  /** The fields of the actions chosen from a list, by `action.field` (complaint-actions.ts). */
  fieldChoices: ActionFormContext['fieldChoices'];
  now: Date;
  formKey: string;
  /** What the last post did, said once after its redirect. */
  done?: string;
  /** What "Preview" on a form that writes to the complainant showed. */
  preview?: Previewed;
  /** The reply templates in the complaint's language. */
  templates?: { id: number; title: string }[];
  form?: FormState;
}

function facts(ctx: PageContext, v: ComplaintView, who: People): Html {
  const t = ctx.t.complaint;
  return html`<section class="panel" aria-labelledby="facts-title">
  <h2 id="facts-title">${t.facts}</h2>
  <dl class="facts">
    <div><dt>${t.description}</dt><dd class="text">${v.description}</dd></div>
    <div><dt>${t.channel}</dt><dd>${ctx.t.channel[v.channel]}</dd></div>
    <div><dt>${t.service}</dt><dd>${v.service ?? html`<span class="muted">${t.unknown}</span>`}</dd></div>
    <div><dt>${t.received}</dt><dd>${ctx.formats.received(v.receivedAt)}</dd></div>
    <div><dt>${t.registered}</dt><dd>${t.registeredBy(who(v.registeredBy), ctx.formats.moment(v.registeredAt))}</dd></div>
    <div><dt>${t.handler}</dt><dd>${v.handler ? who(v.handler) : html`<span class="muted">${t.unassigned}</span>`}</dd></div>
  </dl>
  ${
    v.answeredAtOnce &&
    html`<h3>${t.answeredAtOnce(who(v.answeredAtOnce.by))}</h3>
  <p class="text">${v.answeredAtOnce.answer}</p>`
  }
</section>`;
}

function standing(ctx: PageContext, v: ComplaintView): Html {
  const t = ctx.t.complaint;
  const live = v.live;
  if (!live) {
    return html`<section class="panel panel--standing" aria-labelledby="standing-title">
  <h2 id="standing-title">${t.standing}</h2>
  <p class="notice notice--warning" role="status">${t.unavailable}</p>
</section>`;
  }
  const overdue = (due?: string) => !!due && Date.parse(due) <= v.now.getTime();
  const when = (due: string) => ctx.formats.deadline(new Date(due), ctx.t.deadline.day);
  const lateTag = (due?: string) => overdue(due) && html` <strong class="tag tag--overdue">${t.overdue}</strong>`;
  const next = live.next;
  const promise = live.acknowledgements.at(-1);
  const remarks = [
    live.escalatedAt && t.escalated,
    live.callbackEscalatedAt && t.callbackEscalated,
    live.termMissedAt && t.termMissed,
    live.phase === 'awaiting_callback' && live.callbackRemindersSent > 0 && t.reminders(live.callbackRemindersSent),
    live.phase === 'acknowledged' && promise && t.promised(ctx.formats.day(promise.expectedBy)),
  ].filter((r): r is string => !!r);
  return html`<section class="panel panel--standing" aria-labelledby="standing-title">
  <h2 id="standing-title">${t.standing}</h2>
  <p class="standing__phase">${t.phases[live.phase]}</p>
  <h3>${t.next}</h3>
  <p class="standing__next">${
    next
      ? html`<strong>${t.steps[next.step]}</strong>${next.due && html` — ${when(next.due)}`}${lateTag(next.due)}`
      : t.noNext
  }</p>
  ${
    live.deadlines.length > 0 &&
    html`<h3>${t.deadlines}</h3>
  <ul class="plain-list deadlines">
    ${live.deadlines.map((d) => html`<li>${ruleLabel(t.deadlineNames[d.name])}: ${when(d.due)}${lateTag(d.due)}</li>`)}
  </ul>`
  }
  ${remarks.length > 0 && html`<ul class="plain-list remarks">${remarks.map((r) => html`<li>${r}</li>`)}</ul>`}
</section>`;
}

function complainant(ctx: PageContext, v: ComplaintView, a: ActionFormContext): Html {
  const t = ctx.t.complaint;
  const c = v.complainant;
  const form = 'complainant';
  const returned = v.form?.form === form;
  // Not yet corrected: the register's details as they are.
  const common = (name: keyof typeof c, label: string) => ({ ...filled(v.form, form, name, c[name] ?? ''), label });
  const correction = html`<details class="action"${returned && html` open`}>
    <summary><span class="action__title">${t.correct}</span></summary>
    <div class="action__body">
      <p class="hint">${t.correctIntro}</p>
      <form method="post" action="${PATHS.complaint(v.reference)}/complainant" class="form" novalidate>
        ${formBasics(a)}
        ${input({ ...common('name', t.name), autocomplete: 'off' })}
        ${input({ ...common('email', t.email), type: 'email', autocomplete: 'off' })}
        ${input({ ...common('phone', t.phone), type: 'tel', autocomplete: 'off', width: 'medium' })}
        ${textarea({ ...common('address', t.address), rows: 3 })}
        ${radios({
          ...common('language', t.language),
          options: Object.entries(t.languages).map(([lang, label]) => ({ value: lang, label })),
          inline: true,
        })}
        <button type="submit" class="button">${t.correctSubmit}</button>
      </form>
    </div>
  </details>`;
  const shown = (detail?: string) => detail || html`<span class="muted">${t.none}</span>`;
  return html`<section class="panel" aria-labelledby="complainant-title">
  <h2 id="complainant-title">${t.complainant}</h2>
  <dl class="facts facts--stacked">
    <div><dt>${t.name}</dt><dd>${c.name}</dd></div>
    <div><dt>${t.email}</dt><dd>${shown(c.email)}</dd></div>
    <div><dt>${t.phone}</dt><dd>${shown(c.phone)}</dd></div>
    <div><dt>${t.address}</dt><dd class="text">${shown(c.address)}</dd></div>
    <div><dt>${t.language}</dt><dd>${t.languages[c.language] ?? c.language}</dd></div>
  </dl>
  ${v.may.correct && correction}
</section>`;
}

function notes(ctx: PageContext, v: ComplaintView, a: ActionFormContext, who: People): Html {
  const t = ctx.t.complaint;
  const form = 'note';
  return html`<section class="panel" aria-labelledby="notes-title">
  <h2 id="notes-title">${t.notes}</h2>
  <p class="hint">${t.notesIntro}</p>
  ${
    v.notes.length
      ? html`<ul class="notes">${v.notes.map(
          (n) =>
            html`<li><p class="timeline__when">${ctx.formats.moment(n.at)} · ${t.by(who(n.by))}</p><p class="text">${n.text}</p></li>`,
        )}</ul>`
      : html`<p class="muted">${t.noNotes}</p>`
  }
  ${
    v.may.note &&
    html`<form method="post" action="${PATHS.complaint(v.reference)}/notes" class="form" novalidate>
    ${formBasics(a, '-note')}
    ${textarea({ ...filled(v.form, form, 'text'), label: t.note, rows: 3 })}
    <button type="submit" class="button button--secondary">${t.addNote}</button>
  </form>`
  }
</section>`;
}

function incoming(ctx: PageContext, v: ComplaintView, a: ActionFormContext): Html {
  const t = ctx.t.complaint;
  const form = 'incoming';
  const common = (name: string, label: string) => ({ ...filled(v.form, form, name), label });
  return html`<section class="panel" aria-labelledby="incoming-title">
  <h2 id="incoming-title">${t.incoming}</h2>
  <p class="hint">${t.incomingIntro}</p>
  <form method="post" action="${PATHS.complaint(v.reference)}/incoming" class="form" novalidate>
    ${formBasics(a, '-incoming')}
    ${radios({ ...common('channel', t.incomingChannel), options: Object.entries(t.incomingChannels).map(([value, label]) => ({ value, label })) })}
    ${textarea({ ...common('text', t.incomingText), rows: 4 })}
    ${input({ ...common('receivedAt', t.incomingDate), hint: t.incomingDateHint, optional: ctx.t.forms.optional, type: 'date', width: 'short' })}
    <button type="submit" class="button button--secondary">${t.incomingSubmit}</button>
  </form>
</section>`;
}

export function complaintPage(ctx: PageContext, v: ComplaintView): string {
  const who: People = (id) => (id === 'system' || id === 'public' ? ctx.t.actors[id] : (v.people[id] ?? id));
  const a: ActionFormContext = {
    reference: v.reference,
    csrfToken: ctx.staff?.csrfToken ?? '',
    formKey: v.formKey,
    form: v.form,
    complainantName: v.complainant.name,
    preview: v.preview,
    fieldChoices: v.fieldChoices,
    outgoingFiles: v.attachments.filter((f) => f.outgoing && !f.sent).map((f) => f.fileName),
    templates: v.templates ?? [],
  };
  const main = html`${errorSummary(ctx.t.forms.errorTitle, v.form)}
${v.done && html`<p class="notice" role="status">${v.done}</p>`}
<p class="caption"><span class="nowrap">${v.reference}</span> <span class="tag tag--plain">${ctx.t.status[v.live?.phase ?? v.status]}</span></p>
<h1>${v.subject || v.reference}</h1>
<div class="complaint-layout">
  <div class="complaint-layout__main">
    ${standing(ctx, v)}
    ${actionsSection(ctx, a, v.actions)}
    ${facts(ctx, v, who)}
    ${timelineSection(ctx, a, who, v.timeline)}
    ${proofSection(ctx, who, v.proof)}
  </div>
  <div class="complaint-layout__side">
    ${complainant(ctx, v, a)}
    ${attachmentsSection(ctx, a, who, v.attachments, { attach: v.may.attach, limits: v.attachmentLimits })}
    ${notes(ctx, v, a, who)}
    ${v.may.note && incoming(ctx, v, a)}
  </div>
</div>`;
  // An anonymised complaint has no subject left: its reference alone.
  return layout(ctx, { title: v.subject ? `${v.reference}: ${v.subject}` : v.reference, main });
}
