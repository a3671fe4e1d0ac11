/**
 * Intake (R1, R2, R7): one form for every channel staff take complaints from — phone, the desk, a letter,
 * an e-mail — with the channel as its first question. The date of receipt matters for letters and
 * e-mails entered later (R9 counts from it); "answered at once" is there only for authorised
 * representatives (R7). A hidden key makes a double-clicked form register one complaint.
 */
import { errorSummary, filled, input, radios, select, textarea, type FormState } from '../forms';
import { html } from '../html';
import { csrfField, layout, PATHS, type PageContext } from '../layout';

export interface IntakeView {
  /** Whether the person may answer an oral complaint at once (an authorised representative). */
  mayAnswerAtOnce: boolean;
  intakeKey: string;
  form?: FormState;
  /** The services of the managed list (R6), when it is kept: a choice instead of free text. */
  services: { value: string; label: string }[];
}

export const INTAKE_FORM = 'intake';

export function intakePage(ctx: PageContext, v: IntakeView): string {
  const t = ctx.t.intake;
  const optional = ctx.t.forms.optional;
  const f = (name: string, label: string, hint?: string) => ({
    ...filled(v.form, INTAKE_FORM, name, name === 'complainant.language' ? 'nl' : ''),
    label,
    hint,
  });
  const main = html`${errorSummary(ctx.t.forms.errorTitle, v.form)}
<div class="narrow">
<h1>${t.title}</h1>
<p>${t.intro}</p>
<form method="post" action="${PATHS.newComplaint}" class="form" novalidate>
  ${csrfField(ctx.staff?.csrfToken ?? '')}
  <input type="hidden" name="intakeKey" value="${v.intakeKey}">
  <h2>${t.aboutComplaint}</h2>
  ${radios({ ...f('channel', t.channel), options: Object.entries(t.channels).map(([value, label]) => ({ value, label })) })}
  ${input({ ...f('receivedAt', t.receivedAt, t.receivedAtHint), optional, type: 'date', width: 'short' })}
  ${input({ ...f('subject', t.subject, t.subjectHint) })}
  ${textarea({ ...f('description', t.description, t.descriptionHint), rows: 6 })}
  ${
    v.services.length
      ? select({ ...f('service', t.service), optional, options: v.services, placeholder: ctx.t.forms.choose })
      : input({ ...f('service', t.service, t.serviceHint), optional })
  }
  <h2>${t.aboutComplainant}</h2>
  ${input({ ...f('complainant.name', t.name), autocomplete: 'off' })}
  ${input({ ...f('complainant.email', t.email, t.emailHint), optional, type: 'email', autocomplete: 'off' })}
  ${input({ ...f('complainant.phone', t.phone, t.phoneHint), optional, type: 'tel', autocomplete: 'off', width: 'medium' })}
  ${textarea({ ...f('complainant.address', t.address, t.addressHint), optional, rows: 3 })}
  ${radios({ ...f('complainant.language', t.language), options: Object.entries(t.languages).map(([value, label]) => ({ value, label })), inline: true })}
  ${v.mayAnswerAtOnce && textarea({ ...f('answeredAtOnce.answer', t.answeredAtOnce, t.answeredAtOnceHint), optional, rows: 4 })}
  <button type="submit" class="button">${t.submit}</button>
</form>
</div>`;
  return layout(ctx, { title: t.title, main, current: 'new-complaint' });
}
