/**
 * A forgotten password: the form that asks for a link (answered the same whether or not the account
 * exists), the page a link opens to choose a new password, and the page for a link that no longer works.
 */
import { errorSummary, filled, input, type FormState } from '../forms';
import { html } from '../html';
import { csrfField, layout, PATHS, type PageContext } from '../layout';

export const FORGOT_FORM = 'forgot';
export const NEW_PASSWORD_FORM = 'password';

export function forgotPasswordPage(ctx: PageContext, v: { csrfToken: string; form?: FormState }): string {
  const t = ctx.t.password;
  const main = html`${errorSummary(ctx.t.forms.errorTitle, v.form)}
<div class="narrow">
<h1>${t.forgotTitle}</h1>
<p>${t.forgotIntro}</p>
<form method="post" action="${PATHS.forgotPassword}" class="form" novalidate>
  ${csrfField(v.csrfToken)}
  ${input({ ...filled(v.form, FORGOT_FORM, 'who'), label: t.who, autocomplete: 'username' })}
  <button type="submit" class="button">${t.send}</button>
</form>
<p><a href="${PATHS.signIn}">${t.back}</a></p>
</div>`;
  return layout(ctx, { title: t.forgotTitle, main });
}

export function linkSentPage(ctx: PageContext, lasts: string): string {
  const t = ctx.t.password;
  const main = html`<div class="narrow">
<h1>${t.sentTitle}</h1>
<p>${t.sent(lasts)}</p>
<p><a href="${PATHS.signIn}">${t.back}</a></p>
</div>`;
  return layout(ctx, { title: t.sentTitle, main });
}

export function newPasswordPage(
  ctx: PageContext,
  v: { csrfToken: string; token: string; login: string; form?: FormState },
): string {
  const t = ctx.t.password;
  const m = ctx.t.myAccount;
  const f = (name: string) => filled(v.form, NEW_PASSWORD_FORM, name);
  const main = html`${errorSummary(ctx.t.forms.errorTitle, v.form)}
<div class="narrow">
<h1>${t.setTitle}</h1>
<p>${t.setIntro(v.login)}</p>
<form method="post" action="${PATHS.passwordLink(v.token)}" class="form" novalidate>
  ${csrfField(v.csrfToken)}
  <input type="hidden" name="login" value="${v.login}" autocomplete="username">
  ${input({ ...f('password'), label: m.new, hint: m.newHint, type: 'password', autocomplete: 'new-password' })}
  ${input({ ...f('repeat'), label: m.repeat, type: 'password', autocomplete: 'new-password' })}
  <button type="submit" class="button">${t.set}</button>
</form>
</div>`;
  return layout(ctx, { title: t.setTitle, main });
}

export function linkGonePage(ctx: PageContext): string {
  const t = ctx.t.password;
  const main = html`<div class="narrow">
<h1>${t.linkGoneTitle}</h1>
<p>${t.linkGone}</p>
<p><a href="${PATHS.forgotPassword}">${t.askNew}</a></p>
</div>`;
  return layout(ctx, { title: t.linkGoneTitle, main });
}
