/**
 * The public complaint form (R1, R2), after the GOV.UK pattern: one question per field, a hint where it
 * helps, plain words, an error summary that links to the fields. It works without JavaScript and ends on
 * the complainant's own status page. A hidden key makes a double-clicked form one complaint; the form's
 * token (a double-submit token) shows that the post comes from this page in this browser.
 */
import { ATTACHMENT_ACCEPT, errorSummary, fileInput, filled, input, select, textarea, type FormState } from '../forms';
import { html } from '../html';
import { csrfField, layout, PATHS, type PageContext } from '../layout';

export interface PublicFormView {
  intakeKey: string;
  /** This browser's token for the complainant's forms. */
  formToken: string;
  /** R9: the days within which the organisation replies, as its terms say. */
  replyTermDays: number;
  form?: FormState;
  /** The services of the managed list (R6), when it is kept: a choice instead of free text. */
  services: { value: string; label: string }[];
  /** How many files the form takes, and how large each may be. */
  attachments: { maxFiles: number; maxBytes: number };
}

export const PUBLIC_FORM = 'complaint';

/** Each field's label by its name, for the problems the form comes back with. */
export function publicFormLabels(ctx: PageContext): Record<string, string> {
  const t = ctx.t.public.form;
  return {
    subject: t.subject,
    description: t.description,
    service: t.service,
    attachments: t.attachments,
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
<form method="post" action="${PATHS.publicForm}" class="form" enctype="multipart/form-data" novalidate>
  ${csrfField(v.formToken)}
  <input type="hidden" name="intakeKey" value="${v.intakeKey}">
  ${input(f('subject', t.subjectHint))}
  ${textarea({ ...f('description', t.descriptionHint), rows: 8 })}
  ${
    v.services.length
      ? select({ ...f('service'), optional, options: v.services, placeholder: ctx.t.forms.choose })
      : input({ ...f('service', t.serviceHint), optional })
  }
  ${fileInput({
    ...f('attachments', t.attachmentsHint(v.attachments.maxFiles, ctx.formats.fileSize(v.attachments.maxBytes))),
    optional,
    accept: ATTACHMENT_ACCEPT,
    multiple: true,
  })}
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
