/**
 * The public complaint form (R1, R2), after the GOV.UK pattern: one question per field, a hint where it
 * helps, plain words, an error summary that links to the fields. It works without JavaScript and ends on
 * the complainant's own status page. A hidden key makes a double-clicked form one complaint; the form's
 * token (a double-submit token) shows that the post comes from this page in this browser.
 */
import { errorSummary, filled, input, textarea, type FormState } from '../forms';
import { html } from '../html';
import { csrfField, layout, PATHS, type PageContext } from '../layout';

export interface PublicFormView {
  intakeKey: string;
  /** This browser's token for the complainant's forms. */
  formToken: string;
  /** R9: the days within which the organisation replies, as its terms say. */
  replyTermDays: number;
  form?: FormState;
}

export const PUBLIC_FORM = 'complaint';

/** Each field's label by its name, for the problems the form comes back with. */
export function publicFormLabels(ctx: PageContext): Record<string, string> {
  const t = ctx.t.public.form;
  return {
    subject: t.subject,
    description: t.description,
    service: t.service,
    'complainant.name': t.name,
    'complainant.email': t.email,
    'complainant.address': t.address,
    'complainant.phone': t.phone,
  };
}

export function publicFormPage(ctx: PageContext, v: PublicFormView): string {
  const t = ctx.t.public.form;
  const labels = publicFormLabels(ctx);
  const optional = ctx.t.forms.optional;
  const f = (name: string, hint?: string) => ({ ...filled(v.form, PUBLIC_FORM, name), label: labels[name], hint });
  const main = html`<div class="narrow">
${errorSummary(ctx.t.forms.errorTitle, v.form)}
<h1>${t.title}</h1>
<p class="lead">${t.intro(ctx.organisation, v.replyTermDays)}</p>
<form method="post" action="${PATHS.publicForm}" class="form" novalidate>
  ${csrfField(v.formToken)}
  <input type="hidden" name="intakeKey" value="${v.intakeKey}">
  ${input(f('subject', t.subjectHint))}
  ${textarea({ ...f('description', t.descriptionHint), rows: 8 })}
  ${input({ ...f('service', t.serviceHint), optional })}
  <h2>${t.about}</h2>
  ${input({ ...f('complainant.name'), autocomplete: 'name' })}
  ${input({ ...f('complainant.email', t.emailHint), type: 'email', autocomplete: 'email' })}
  ${textarea({ ...f('complainant.address', t.addressHint), optional, rows: 3, autocomplete: 'street-address' })}
  ${input({ ...f('complainant.phone', t.phoneHint), optional, type: 'tel', autocomplete: 'tel', width: 'medium' })}
  <p class="hint">${t.privacy}</p>
  <button type="submit" class="button">${t.submit}</button>
</form>
<p><a href="${PATHS.lostLink}">${t.filedBefore}</a></p>
</div>`;
  return layout(ctx, { title: t.title, main, audience: 'public' });
}
