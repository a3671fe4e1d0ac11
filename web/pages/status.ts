/**
 * The complainant's status page (R4): where the complaint stands, what happens next and by when (or,
 * honestly, that it takes longer than promised), what we sent (with its content), and after closing the
 * one question how satisfied they are (R6). Only what the complainant may see: no notes, no staff.
 */
import { errorSummary, filled, radios, textarea, type FormState } from '../forms';
import { html, type Html } from '../html';
import { csrfField, layout, PATHS, type PageContext } from '../layout';

export interface StatusView {
  token: string;
  reference: string;
  subject: string;
  receivedAt: Date;
  statusText: string;
  /** "You will receive our reply by …", or that it takes longer than promised. */
  nextText?: string;
  messages: { subject: string; channel: string; sentAt?: Date; body: string }[];
  /** The files the complainant sent, each to open again. */
  attachments: { id: number; fileName: string; size: number; at: Date }[];
  satisfaction: { asked: boolean; answered: boolean };
  /** This browser's token for the complainant's forms (the satisfaction question). */
  formToken: string;
  /** Just filed through the form: say that it arrived. */
  filed?: boolean;
  form?: FormState;
}

export const SATISFACTION_FORM = 'satisfaction';

function satisfaction(ctx: PageContext, v: StatusView): Html {
  const t = ctx.t.public.status;
  if (v.satisfaction.answered) return html`<p class="notice" role="status">${t.thanks}</p>`;
  if (!v.satisfaction.asked) return html``;
  const f = (name: string, label: string) => ({ ...filled(v.form, SATISFACTION_FORM, name), label });
  return html`<section class="panel" aria-labelledby="satisfaction-title">
  <h2 id="satisfaction-title" class="visually-hidden">${t.question}</h2>
  <form method="post" action="${PATHS.status(v.token)}/satisfaction" class="form" novalidate>
    ${csrfField(v.formToken)}
    ${radios({ ...f('score', t.question), options: t.scores.map((label, i) => ({ value: String(i + 1), label })) })}
    ${textarea({ ...f('comment', t.comment), optional: ctx.t.forms.optional, rows: 3 })}
    <button type="submit" class="button">${t.send}</button>
  </form>
</section>`;
}

function messages(ctx: PageContext, v: StatusView): Html {
  const t = ctx.t.public.status;
  if (!v.messages.length) return html`<p class="muted">${t.none}</p>`;
  return html`<ul class="plain-list messages">
    ${v.messages.map(
      (m) => html`<li>
      <details class="message">
        <summary>${m.subject} <span class="muted">— ${m.channel === 'letter' ? t.byLetter : t.byEmail}, ${m.sentAt ? ctx.formats.moment(m.sentAt) : t.notYet}</span></summary>
        <pre class="message__body">${m.body}</pre>
      </details>
    </li>`,
    )}
  </ul>`;
}

export function statusPage(ctx: PageContext, v: StatusView): string {
  const t = ctx.t.public.status;
  const main = html`<div class="narrow">
${errorSummary(ctx.t.forms.errorTitle, v.form)}
${v.filed && html`<p class="notice" role="status">${t.filed}</p>`}
<h1>${t.title} <span class="nowrap">${v.reference}</span></h1>
<section class="panel panel--standing" aria-labelledby="now-title">
  <h2 id="now-title">${t.now}</h2>
  <p class="status">${v.statusText}</p>
  ${v.nextText && html`<h2>${t.next}</h2><p>${v.nextText}</p>`}
</section>
${satisfaction(ctx, v)}
<dl class="facts facts--stacked">
  <div><dt>${t.reference}</dt><dd>${v.reference}</dd></div>
  <div><dt>${t.subject}</dt><dd>${v.subject}</dd></div>
  <div><dt>${t.received}</dt><dd>${ctx.formats.received(v.receivedAt)}</dd></div>
</dl>
${
  v.attachments.length > 0 &&
  html`<h2>${t.attachments}</h2>
<ul class="plain-list attachments">
  ${v.attachments.map((a) => html`<li><a href="${PATHS.status(v.token)}/attachments/${a.id}">${a.fileName}</a> <span class="muted">— ${ctx.formats.fileSize(a.size)}, ${ctx.formats.moment(a.at)}</span></li>`)}
</ul>`
}
<h2>${t.messages}</h2>
${messages(ctx, v)}
</div>`;
  return layout(ctx, { title: t.title, main, audience: 'public' });
}
