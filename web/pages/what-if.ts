/**
 * Issue 22, the what-if page: a form for a proposal (the common settings as fields of their own, the rest
 * as NAME=VALUE lines), a page that waits while the run works it out (it reloads itself: no script), and
 * the answer — the two procedures side by side, the complaints whose outcome changes, and how faithfully
 * the replay reproduces the register.
 */
import type { WhatIfReport } from '../../whatif/what-if';
import { errorSummary, filled, input, radios, textarea, type FormState } from '../forms';
import { html, type Html } from '../html';
import { csrfField, layout, PATHS, type PageContext } from '../layout';
import { figureRows } from './what-if-rows';

export const WHAT_IF_FORM = 'what-if';

/** The form's fields in the order of the page, each with the setting it sets (if one). */
export const WHAT_IF_FIELDS = {
  from: undefined,
  to: undefined,
  replyTermDays: 'REPLY_TERM_DAYS',
  replyTermInWorkingDays: 'REPLY_TERM_IN_WORKING_DAYS',
  callbackDue: 'CALLBACK_DUE',
  acknowledgementLead: 'ACKNOWLEDGEMENT_LEAD',
  more: undefined,
  staff: undefined,
} as const;

export function whatIfLabels(ctx: PageContext): Record<keyof typeof WHAT_IF_FIELDS, string> {
  const t = ctx.t.whatIf;
  return {
    from: t.from,
    to: t.to,
    replyTermDays: t.replyTermDays,
    replyTermInWorkingDays: t.workingDays,
    callbackDue: t.callbackDue,
    acknowledgementLead: t.acknowledgementLead,
    more: t.more,
    staff: t.staff,
  };
}

function whatIfForm(ctx: PageContext, state: FormState | undefined, defaults: { from: string; to: string }): Html {
  const t = ctx.t.whatIf;
  const labels = whatIfLabels(ctx);
  const f = (name: keyof typeof WHAT_IF_FIELDS, hint?: string, fallback = '') => ({
    ...filled(state, WHAT_IF_FORM, name, fallback),
    label: labels[name],
    hint,
  });
  return html`<form method="post" action="${PATHS.whatIf}" aria-label="${t.form}" novalidate>
  ${csrfField(ctx.staff?.csrfToken ?? '')}
  <div class="report-period__fields">
    ${input({ ...f('from', t.fromHint, defaults.from), type: 'date' })}
    ${input({ ...f('to', t.toHint, defaults.to), type: 'date' })}
  </div>
  <h2>${t.settings}</h2>
  <p class="field__hint">${t.settingsHint}</p>
  ${input({ ...f('replyTermDays', t.replyTermDaysHint), width: 'short' })}
  ${radios({
    ...f('replyTermInWorkingDays', undefined, ''),
    inline: true,
    options: [
      { value: '', label: t.asNow },
      { value: 'true', label: t.workingDaysYes },
      { value: 'false', label: t.workingDaysNo },
    ],
  })}
  ${input({ ...f('callbackDue', t.callbackDueHint), width: 'short' })}
  ${input({ ...f('acknowledgementLead', t.acknowledgementLeadHint), width: 'short' })}
  ${textarea({ ...f('more', t.moreHint), rows: 4 })}
  ${radios({
    ...f('staff', undefined, 'same-time'),
    options: [
      { value: 'same-time', label: t.staffSameTime },
      { value: 'same-working-day', label: t.staffSameWorkingDay, hint: t.staffSameWorkingDayHint },
    ],
  })}
  <div class="filters__actions"><button type="submit" class="button">${t.submit}</button></div>
</form>`;
}

export function whatIfFormPage(ctx: PageContext, v: { form?: FormState; from: string; to: string }): string {
  const t = ctx.t.whatIf;
  const main = html`${errorSummary(ctx.t.forms.errorTitle, v.form)}
<p><a href="${PATHS.reports}">${ctx.t.reports.title}</a></p>
<h1>${t.title}</h1>
<p class="lead">${t.intro}</p>
${whatIfForm(ctx, v.form, v)}`;
  return layout(ctx, { title: t.title, main, current: 'reports' });
}

export function whatIfRunningPage(ctx: PageContext): string {
  const t = ctx.t.whatIf;
  const main = html`<h1>${t.running}</h1>
<p class="lead" role="status">${t.runningText}</p>
<p><a href="">${t.runningAgain}</a></p>`;
  return layout(ctx, { title: t.running, main, current: 'reports', refresh: 3 });
}

export function whatIfFailedPage(ctx: PageContext): string {
  const t = ctx.t.whatIf;
  const main = html`<h1>${t.failed}</h1>
<p class="lead">${t.failedText}</p>
<p><a href="${PATHS.whatIf}">${t.again}</a></p>`;
  return layout(ctx, { title: t.failed, main, current: 'reports' });
}

function changedComplaints(ctx: PageContext, r: WhatIfReport, mayReadComplaints: boolean): Html {
  const t = ctx.t.whatIf;
  if (!r.changed.length) return html`<h2 id="changed">${t.changed(0)}</h2><p>${t.changedNone}</p>`;
  const ref = (reference: string) =>
    mayReadComplaints ? html`<a href="${PATHS.complaint(reference)}">${reference}</a>` : html`${reference}`;
  return html`<table class="figures">
  <caption><h2 id="changed">${t.changed(r.changed.length)}</h2></caption>
  <thead><tr><th scope="col">${t.reference}</th><th scope="col">${t.baseline}</th><th scope="col">${t.proposal}</th></tr></thead>
  <tbody>
    ${r.changed.map(
      (c) =>
        html`<tr><th scope="row">${ref(c.reference)}</th><td>${t.outcome(c.baseline)}</td><td>${t.outcome(c.proposal)}</td></tr>`,
    )}
  </tbody>
</table>`;
}

export function whatIfResultPage(
  ctx: PageContext,
  v: { report: WhatIfReport; csv: string; mayReadComplaints: boolean },
): string {
  const t = ctx.t.whatIf;
  const r = v.report;
  const settings = Object.entries(r.settings).map(([k, value]) => `${k}=${value}`);
  const period = ctx.t.reports.periodName(ctx.formats.day(r.period.from), ctx.formats.day(r.period.to));
  const n = ctx.formats.number;
  const f = r.faithfulness;
  const main = html`<p><a href="${PATHS.reports}">${ctx.t.reports.title}</a></p>
<h1>${t.title}</h1>
<p class="lead">${t.lead(period, settings.length ? settings.join(', ') : t.noChange)}</p>
<p>${t.staffTiming(r.staffTiming === 'same-working-day')}</p>
<p><a href="${v.csv}" download>${t.csv}</a></p>
<table class="figures">
  <caption>${t.table}</caption>
  <thead><tr><th scope="col">${t.figure}</th><th scope="col">${t.baseline}</th><th scope="col">${t.proposal}</th><th scope="col">${t.change}</th></tr></thead>
  <tbody>
    ${figureRows(ctx, r.baseline, r.proposal).map(
      ([label, b, p]) =>
        html`<tr><th scope="row">${label}</th><td>${n(b)}</td><td>${n(p)}</td><td>${p === b ? '' : `${p > b ? '+' : '−'}${n(Math.abs(p - b))}`}</td></tr>`,
    )}
  </tbody>
</table>
<p class="muted">${t.weeksNote}</p>
${changedComplaints(ctx, r, v.mayReadComplaints)}
<h2>${t.faithfulness}</h2>
<p id="faithfulness">${t.faithfulnessText(f.reproduced, f.of)}</p>
${f.differing.length > 0 && html`<ul>${f.differing.map((d) => html`<li>${t.differing(d.reference, t.outcome(d.register), t.outcome(d.baseline))}</li>`)}</ul>`}
<p><a href="${PATHS.whatIf}">${t.again}</a></p>`;
  return layout(ctx, { title: t.title, main, current: 'reports' });
}
