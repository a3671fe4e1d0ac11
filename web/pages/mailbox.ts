/**
 * Issue 21: "E-mail te beoordelen": the mails from the complaints mailbox that named no complaint, the
 * oldest first with how long each waits (the procedure's clock runs from its receipt), and one mail's page
 * with its text and the three decisions: register it as a written complaint (prefilled from the mail), add
 * it to an existing complaint, or set it aside with a reason. The text is shown as text: the register
 * keeps no markup of a mail.
 */
import { errorSummary, filled, input, textarea, type FormState } from '../forms';
import { html, type Html } from '../html';
import { csrfField, layout, PATHS, type PageContext } from '../layout';

export interface TriageItem {
  id: number;
  receivedAt: Date;
  from: string;
  subject: string;
  /** Whole days since receipt. */
  ageDays: number;
}

export function mailboxPage(ctx: PageContext, v: { items: TriageItem[]; setAside?: boolean }): string {
  const t = ctx.t.mailbox;
  const table = v.items.length
    ? html`<table class="complaints">
  <caption class="visually-hidden">${t.caption}</caption>
  <thead><tr>
    <th scope="col">${t.subject}</th><th scope="col">${t.from}</th><th scope="col">${t.received}</th><th scope="col">${t.age}</th>
  </tr></thead>
  <tbody>
    ${v.items.map(
      (m) => html`<tr>
      <th scope="row" data-label="${t.subject}"><a href="${PATHS.mail(m.id)}">${m.subject || t.noSubject}</a></th>
      <td data-label="${t.from}">${m.from}</td>
      <td data-label="${t.received}">${ctx.formats.moment(m.receivedAt)}</td>
      <td data-label="${t.age}">${t.days(m.ageDays)}</td>
    </tr>`,
    )}
  </tbody>
</table>`
    : html`<p class="empty">${t.none}</p>`;
  const main = html`${v.setAside && html`<p class="notice" role="status">${t.setAsideDone}</p>`}
<h1>${t.title}</h1>
<p>${t.intro}</p>
${table}`;
  return layout(ctx, { title: t.title, main, current: 'mailbox' });
}

export interface MailView {
  id: number;
  receivedAt: Date;
  fromAddress: string;
  fromName: string | null;
  subject: string;
  text: string;
  status: string;
  reference: string | null;
  reason: string | null;
  /** The files kept with it (allowed types only): they join the complaint it becomes. */
  files: { fileName: string; size: number }[];
  /** Why it was not taken in whole (too_large, malformed); then there is no text. */
  refusal: string | null;
  form?: FormState;
}

export const REGISTER_FORM = 'register';
export const ATTACH_FORM = 'attach';
export const SET_ASIDE_FORM = 'set-aside';

export function mailPage(ctx: PageContext, v: MailView): string {
  const t = ctx.t.mailbox;
  const title = t.mailTitle(v.subject || t.noSubject);
  const decided =
    v.status !== 'triage' &&
    html`<p class="notice" role="status">${t.status[v.status] ?? v.status}${
      v.reference && html` — ${t.decidedRef} <a href="${PATHS.complaint(v.reference)}">${v.reference}</a>`
    }${v.reason && html` — ${t.reason}: ${v.reason}`}</p>`;
  const main = html`${errorSummary(ctx.t.forms.errorTitle, v.form)}
<p><a href="${PATHS.mailbox}">${t.back}</a></p>
<h1>${title}</h1>
${decided}
<dl class="facts">
  <div><dt>${t.from}</dt><dd>${v.fromName ? `${v.fromName} <${v.fromAddress}>` : v.fromAddress}</dd></div>
  <div><dt>${t.received}</dt><dd>${ctx.formats.moment(v.receivedAt)}</dd></div>
</dl>
<section class="panel" aria-labelledby="mail-text-title">
  <h2 id="mail-text-title">${t.text}</h2>
  ${v.refusal && html`<p class="notice">${t.refusals[v.refusal] ?? v.refusal}</p>`}
  <pre class="mail-text">${v.text}</pre>
</section>
${
  v.files.length > 0 &&
  html`<section class="panel" aria-labelledby="mail-files-title">
  <h2 id="mail-files-title">${t.files}</h2>
  <p class="hint">${t.filesHint}</p>
  <ul>${v.files.map((f) => html`<li>${f.fileName} <span class="muted">(${ctx.formats.fileSize(f.size)})</span></li>`)}</ul>
</section>`
}
${v.status === 'triage' && html`${registerForm(ctx, v)}${attachForm(ctx, v)}${setAsideForm(ctx, v)}`}`;
  return layout(ctx, { title, main, current: 'mailbox' });
}

function registerForm(ctx: PageContext, v: MailView): Html {
  const t = ctx.t.mailbox;
  const f = (name: string, label: string, fallback: string) => ({
    ...filled(v.form, REGISTER_FORM, name, fallback),
    label,
  });
  return html`<section class="panel" aria-labelledby="register-title">
  <h2 id="register-title">${t.register}</h2>
  <p class="hint">${t.registerIntro}</p>
  <form method="post" action="${PATHS.mail(v.id)}/register" class="form" novalidate>
    ${csrfField(ctx.staff?.csrfToken ?? '')}
    ${input({ ...f('name', t.name, v.fromName ?? '') })}
    ${input({ ...f('email', t.email, v.fromAddress), type: 'email' })}
    ${input({ ...f('subject', t.complaintSubject, v.subject) })}
    ${textarea({ ...f('description', t.description, v.text), rows: 8 })}
    ${input({ ...f('service', t.service, ''), optional: ctx.t.forms.optional })}
    <button type="submit" class="button">${t.registerSubmit}</button>
  </form>
</section>`;
}

function attachForm(ctx: PageContext, v: MailView): Html {
  const t = ctx.t.mailbox;
  return html`<section class="panel" aria-labelledby="attach-title">
  <h2 id="attach-title">${t.attach}</h2>
  <p class="hint">${t.attachIntro}</p>
  <form method="post" action="${PATHS.mail(v.id)}/attach" class="form" novalidate>
    ${csrfField(ctx.staff?.csrfToken ?? '')}
    ${input({ ...filled(v.form, ATTACH_FORM, 'reference'), label: t.reference, hint: t.referenceHint, width: 'medium' })}
    <button type="submit" class="button button--secondary">${t.attachSubmit}</button>
  </form>
</section>`;
}

function setAsideForm(ctx: PageContext, v: MailView): Html {
  const t = ctx.t.mailbox;
  return html`<section class="panel" aria-labelledby="set-aside-title">
  <h2 id="set-aside-title">${t.setAside}</h2>
  <form method="post" action="${PATHS.mail(v.id)}/set-aside" class="form" novalidate>
    ${csrfField(ctx.staff?.csrfToken ?? '')}
    ${textarea({ ...filled(v.form, SET_ASIDE_FORM, 'reason'), label: t.setAsideReason, rows: 3 })}
    <button type="submit" class="button button--secondary">${t.setAsideSubmit}</button>
  </form>
</section>`;
}
