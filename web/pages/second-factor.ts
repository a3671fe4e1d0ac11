/**
 * The second step: the code asked after the password; setting up an authenticator app (the QR code, the
 * key as text and an `otpauth://` link for the phone itself), and the recovery codes, shown once.
 */
import { errorSummary, filled, input, type FormState } from '../forms';
import { Html, escapeHtml, html } from '../html';
import { csrfField, layout, PATHS, type PageContext } from '../layout';

export const CODE_FORM = 'code';

export function signInCodePage(ctx: PageContext, v: { csrfToken: string; form?: FormState }): string {
  const t = ctx.t.signInCode;
  const main = html`${errorSummary(ctx.t.forms.errorTitle, v.form)}
<div class="narrow">
<h1>${t.title}</h1>
<p>${t.intro}</p>
<form method="post" action="${PATHS.signInCode}" class="form" novalidate>
  ${csrfField(v.csrfToken)}
  ${input({ ...filled(v.form, CODE_FORM, 'code'), label: t.code, hint: t.hint, autocomplete: 'one-time-code', width: 'medium' })}
  <button type="submit" class="button">${t.submit}</button>
</form>
<p><a href="${PATHS.signIn}">${ctx.t.password.back}</a></p>
</div>`;
  return layout(ctx, { title: t.title, main });
}

export interface SetUpView {
  /** Where the form posts: the sign-in's set-up step, or one's own account. */
  action: string;
  csrfToken: string;
  secret: string;
  uri: string;
  /** The QR code of `uri`, as SVG made on the server. */
  qrSvg: string;
  enrolment: string;
  /** Signing in, and the roles require it: say why this comes now. */
  required?: boolean;
  form?: FormState;
}

/** The key in groups of four, as apps show and people type it. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)!.join(' ');

export function setUpPage(ctx: PageContext, v: SetUpView): string {
  const t = ctx.t.secondFactor;
  const qr = new Html(v.qrSvg.replace('<svg ', `<svg role="img" aria-label="${escapeHtml(t.qrLabel)}" class="qr" `));
  const main = html`${errorSummary(ctx.t.forms.errorTitle, v.form)}
<div class="narrow">
<h1>${t.setUpTitle}</h1>
${v.required && html`<p class="notice notice--warning">${ctx.t.signInCode.setUpIntro}</p>`}
<p>${t.setUpIntro}</p>
<h2>${t.scan}</h2>
${qr}
<p>${t.orType}</p>
<p><code class="secret__value" id="totp-secret">${grouped(v.secret)}</code></p>
<p><a href="${v.uri}">${t.link}</a></p>
<h2>${t.enter}</h2>
<form method="post" action="${v.action}" class="form" novalidate>
  ${csrfField(v.csrfToken)}
  <input type="hidden" name="enrolment" value="${v.enrolment}">
  ${input({ ...filled(v.form, CODE_FORM, 'code'), label: t.code, hint: t.codeHint, autocomplete: 'one-time-code', width: 'short' })}
  <button type="submit" class="button">${t.confirm}</button>
</form>
</div>`;
  return layout(ctx, { title: t.setUpTitle, main, current: ctx.staff ? 'my-account' : undefined });
}

export function recoveryCodesPage(ctx: PageContext, codes: string[], next: string): string {
  const t = ctx.t.secondFactor;
  const main = html`<div class="narrow">
<h1>${t.codesTitle}</h1>
<p>${t.codesIntro}</p>
<ul class="plain-list recovery-codes">
  ${codes.map((code) => html`<li><code>${code}</code></li>`)}
</ul>
<p><a class="button" href="${next}">${t.continue}</a></p>
</div>`;
  return layout(ctx, { title: t.codesTitle, main, current: ctx.staff ? 'my-account' : undefined });
}
