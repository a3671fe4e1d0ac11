/**
 * One's own account: details (the operator changes them), a new password (with the current one), the
 * second step (set up, new recovery codes, off where the roles allow), and where one is signed in.
 */
import type { Role } from '../../domain/roles';
import { errorSummary, filled, input, type FormState } from '../forms';
import { html, type Html } from '../html';
import { csrfField, layout, PATHS, type PageContext } from '../layout';
import { sessionsTable, type SessionItem } from './account-parts';

export const PASSWORD_FORM = 'password';
export const RECOVERY_FORM = 'recovery';
export const OFF_FORM = 'off';

export interface MyAccountView {
  id: string;
  name: string;
  email?: string;
  roles: Role[];
  secondFactorSince?: Date;
  secondFactorRequired: boolean;
  sessions: SessionItem[];
  done?: string;
  form?: FormState;
}

function codeForm(ctx: PageContext, v: MyAccountView, form: string, action: string, label: string, hint: string): Html {
  const t = ctx.t.secondFactor;
  return html`<form method="post" action="${action}" class="form" novalidate>
    ${csrfField(ctx.staff?.csrfToken ?? '')}
    ${input({ ...filled(v.form, form, 'code'), label: t.currentCode, hint: `${t.currentCodeHint} ${hint}`, autocomplete: 'one-time-code', width: 'short' })}
    <button type="submit" class="button button--secondary">${label}</button>
  </form>`;
}

export function myAccountPage(ctx: PageContext, v: MyAccountView): string {
  const t = ctx.t.myAccount;
  const s = ctx.t.secondFactor;
  const f = (name: string) => filled(v.form, PASSWORD_FORM, name);
  const secondFactor = v.secondFactorSince
    ? html`<p>${s.on(ctx.formats.moment(v.secondFactorSince))}</p>
  ${codeForm(ctx, v, RECOVERY_FORM, `${PATHS.myAccount}/recovery-codes`, s.newCodes, s.newCodesHint)}
  ${v.secondFactorRequired ? html`<p>${s.required}</p>` : codeForm(ctx, v, OFF_FORM, `${PATHS.myAccount}/second-factor/off`, s.turnOff, '')}`
    : html`<p>${s.off}</p>${v.secondFactorRequired && html`<p>${s.required}</p>`}
  <p><a class="button" href="${PATHS.secondFactorSetUp}">${s.setUp}</a></p>`;
  const main = html`${errorSummary(ctx.t.forms.errorTitle, v.form)}
${v.done && t.done[v.done] && html`<p class="notice" role="status">${t.done[v.done]}</p>`}
<h1>${t.title}</h1>
<div class="complaint-layout">
<div>
<section class="panel" aria-labelledby="details">
  <h2 id="details">${t.details}</h2>
  <dl class="facts">
    <div><dt>${ctx.t.account.login}</dt><dd>${v.id}</dd></div>
    <div><dt>${ctx.t.newAccount.name}</dt><dd>${v.name}</dd></div>
    <div><dt>${ctx.t.newAccount.email}</dt><dd>${v.email ?? ctx.t.complaint.none}</dd></div>
    <div><dt>${ctx.t.accounts.roles}</dt><dd>${v.roles.map((r) => ctx.t.roles[r]).join(', ')}</dd></div>
  </dl>
  <p class="hint">${t.detailsHint}</p>
</section>
<section class="panel" aria-labelledby="password">
  <h2 id="password">${t.password}</h2>
  <form method="post" action="${PATHS.myAccount}/password" class="form" novalidate>
    ${csrfField(ctx.staff?.csrfToken ?? '')}
    <input type="hidden" name="login" value="${v.id}" autocomplete="username">
    ${input({ ...f('current'), label: t.current, type: 'password', autocomplete: 'current-password' })}
    ${input({ ...f('password'), label: t.new, hint: t.newHint, type: 'password', autocomplete: 'new-password' })}
    ${input({ ...f('repeat'), label: t.repeat, type: 'password', autocomplete: 'new-password' })}
    <button type="submit" class="button">${t.submit}</button>
  </form>
</section>
</div>
<div>
<section class="panel" aria-labelledby="second-factor">
  <h2 id="second-factor">${s.title}</h2>
  ${secondFactor}
</section>
<section class="panel" aria-labelledby="sessions">
  <h2 id="sessions">${t.sessions}</h2>
  ${sessionsTable(ctx, v.sessions, `${PATHS.myAccount}/end-sessions`)}
  ${
    v.sessions.length > 1 &&
    html`<form method="post" action="${PATHS.myAccount}/end-sessions" class="account-action">
    ${csrfField(ctx.staff?.csrfToken ?? '')}
    <button type="submit" class="button button--secondary">${t.endOthers}</button>
  </form>`
  }
</section>
</div>
</div>`;
  return layout(ctx, { title: t.title, main, current: 'my-account' });
}
