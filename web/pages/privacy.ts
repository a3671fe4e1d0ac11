/**
 * AVG/GDPR for operators (/app/privacy): access — find a complainant's complaints by e-mail address or
 * reference and download everything held about them, as JSON or as a readable PDF — and erasure of one
 * complaint on request, with a reason and a confirmation. Both forms are plain forms: the search a GET (its
 * own URL), the erasure a POST that answers with a redirect.
 */
import { html } from '../html';
import { errorSummary, filled, input, textarea, type FormState } from '../forms';
import { csrfField, layout, PATHS, type PageContext } from '../layout';

export const ACCESS_FORM = 'access';
export const ERASURE_FORM = 'erasure';

export interface FoundComplaint {
  reference: string;
  receivedAt: Date;
  status: string;
  anonymisedAt?: Date;
}

export interface PrivacyView {
  retentionYears: string;
  /** The search as asked, and what it found (absent: nothing asked yet). */
  query?: { email: string; reference: string };
  found?: FoundComplaint[];
  /** The downloads' query string, for the found complaints. */
  downloads?: string;
  /** The complaint just erased, and whether it was withdrawn for it. */
  erased?: { reference: string; withdrawn: boolean };
  form?: FormState;
}

export function privacyPage(ctx: PageContext, v: PrivacyView): string {
  const t = ctx.t.privacy;
  const q = v.form?.form === ACCESS_FORM ? undefined : v.query;
  const accessField = (name: 'email' | 'reference', label: string, hint: string) =>
    input({
      ...filled(v.form, ACCESS_FORM, name, q?.[name] ?? ''),
      label,
      hint,
      optional: t.optional,
      type: name === 'email' ? 'email' : 'text',
      width: 'medium',
    });
  const results =
    v.found &&
    html`<div class="privacy-results" aria-live="polite">
    <p>${v.found.length ? t.found(v.found.length) : t.none}</p>
    ${
      v.found.length > 0 &&
      html`<table class="complaints">
      <thead><tr><th scope="col">${t.complaint}</th><th scope="col">${t.received}</th><th scope="col">${t.status}</th></tr></thead>
      <tbody>
      ${v.found.map(
        (c) => html`<tr>
        <th scope="row">${c.reference}</th>
        <td>${ctx.formats.received(c.receivedAt)}</td>
        <td>${(ctx.t.status as Record<string, string>)[c.status] ?? c.status}${c.anonymisedAt && html`<br><span class="muted">${t.anonymised} ${ctx.formats.moment(c.anonymisedAt)}</span>`}</td>
      </tr>`,
      )}
      </tbody>
    </table>
    <ul>
      <li><a href="${PATHS.privacy}/access.json?${v.downloads ?? ''}" download>${t.downloadJson}</a></li>
      <li><a href="${PATHS.privacy}/access.pdf?${v.downloads ?? ''}" download>${t.downloadPdf}</a></li>
    </ul>`
    }
  </div>`;
  const main = html`${errorSummary(ctx.t.forms.errorTitle, v.form)}
<h1>${t.title}</h1>
<p>${t.intro} ${t.retention(v.retentionYears)}</p>
${
  v.erased &&
  html`<div class="notice" role="status"><p>${v.erased.withdrawn ? t.erasedWithdrawn(v.erased.reference) : t.erased(v.erased.reference)}</p></div>`
}
<section aria-labelledby="access-title">
  <h2 id="access-title">${t.accessTitle}</h2>
  <p>${t.accessIntro}</p>
  <form method="get" action="${PATHS.privacy}" novalidate>
    ${accessField('email', t.email, t.emailHint)}
    ${accessField('reference', t.reference, t.referenceHint)}
    <button type="submit" class="button">${t.find}</button>
  </form>
  ${results}
</section>
<section aria-labelledby="erasure-title">
  <h2 id="erasure-title">${t.erasureTitle}</h2>
  <p>${t.erasureIntro}</p>
  <form method="post" action="${PATHS.privacy}/erase" novalidate>
    ${csrfField(ctx.staff?.csrfToken ?? '')}
    ${input({ ...filled(v.form, ERASURE_FORM, 'reference'), label: t.reference, width: 'medium' })}
    ${textarea({ ...filled(v.form, ERASURE_FORM, 'reason'), label: t.reason, hint: t.reasonHint, rows: 3 })}
    <div class="field${filled(v.form, ERASURE_FORM, 'confirm').error ? ' field--error' : ''}">
      ${filled(v.form, ERASURE_FORM, 'confirm').error && html`<p id="${ERASURE_FORM}-confirm-error" class="field__error">${filled(v.form, ERASURE_FORM, 'confirm').error}</p>`}
      <div class="check">
        <input id="${ERASURE_FORM}-confirm" name="confirm" type="checkbox" value="yes">
        <label for="${ERASURE_FORM}-confirm">${t.confirm}</label>
      </div>
    </div>
    <button type="submit" class="button button--warning">${t.erase}</button>
  </form>
</section>`;
  return layout(ctx, { title: t.title, main, current: 'privacy' });
}
