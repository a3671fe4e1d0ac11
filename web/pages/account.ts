/**
 * An account as its operator sees it: its details (a form to change name, address and roles), access
 * (disable or enable, a password link, the API token, the second factor), its sessions with a button to
 * end each, and its history — every change, who made it and when.
 */
import type { Role } from '../../domain/roles';
import { checkboxes, errorSummary, filled, input, type FormState } from '../forms';
import { html, type Html } from '../html';
import { csrfField, layout, PATHS, type PageContext } from '../layout';
import { eventsTable, sessionsTable, shownOnce, type EventItem, type SessionItem, type Shown } from './account-parts';
import { roleOptions } from './account-new';

export const ACCOUNT_FORM = 'account';

export interface AccountView {
  id: string;
  name: string;
  email?: string;
  roles: Role[];
  createdAt: Date;
  lastSignInAt?: Date;
  disabled: boolean;
  hasPassword: boolean;
  hasToken: boolean;
  secondFactorSince?: Date;
  /** How long an operator's password link works, in words. */
  linkLasts: string;
  sessions: SessionItem[];
  events: EventItem[];
  actorName: (id: string) => string;
  done?: string;
  shown?: Shown;
  form?: FormState;
}

function button(ctx: PageContext, action: string, label: string, style = 'button--secondary', hint?: string): Html {
  return html`<form method="post" action="${action}" class="account-action">
    ${csrfField(ctx.staff?.csrfToken ?? '')}
    <button type="submit" class="button ${style}">${label}</button>
    ${hint && html`<p class="hint">${hint}</p>`}
  </form>`;
}

export function accountPage(ctx: PageContext, v: AccountView): string {
  const t = ctx.t.account;
  const path = PATHS.account(v.id);
  const yes = (b: boolean, on: string, off: string) => (b ? on : off);
  const f = (name: string, label: string, hint?: string) => ({
    ...filled(v.form, ACCOUNT_FORM, name, name === 'name' ? v.name : name === 'email' ? (v.email ?? '') : ''),
    label,
    hint,
  });
  const checkedRoles = v.form?.form === ACCOUNT_FORM ? (v.form.values.roles ?? '').split(',') : v.roles;
  const main = html`${errorSummary(ctx.t.forms.errorTitle, v.form)}
${v.done && t.done[v.done] && html`<p class="notice" role="status">${t.done[v.done]}</p>`}
${shownOnce(ctx, v.shown)}
<p><a href="${PATHS.accounts}">${t.back}</a></p>
<h1>${t.title(v.name)}</h1>
<div class="complaint-layout">
<div>
<section class="panel" aria-labelledby="details">
  <h2 id="details">${t.details}</h2>
  <dl class="facts">
    <div><dt>${t.login}</dt><dd>${v.id}</dd></div>
    <div><dt>${ctx.t.newAccount.email}</dt><dd>${v.email ?? ctx.t.complaint.none}</dd></div>
    <div><dt>${ctx.t.accounts.roles}</dt><dd>${v.roles.map((r) => ctx.t.roles[r]).join(', ')}</dd></div>
    <div><dt>${t.state}</dt><dd>${v.disabled ? ctx.t.accounts.disabled : ctx.t.accounts.active}</dd></div>
    <div><dt>${t.created}</dt><dd>${ctx.formats.moment(v.createdAt)}</dd></div>
    <div><dt>${t.lastSignIn}</dt><dd>${v.lastSignInAt ? ctx.formats.moment(v.lastSignInAt) : ctx.t.accounts.never}</dd></div>
    <div><dt>${t.password}</dt><dd>${yes(v.hasPassword, t.hasPassword, t.noPassword)}</dd></div>
    <div><dt>${t.token}</dt><dd>${yes(v.hasToken, t.hasToken, t.noToken)}</dd></div>
    <div><dt>${t.secondFactor}</dt><dd>${v.secondFactorSince ? ctx.t.accounts.on : ctx.t.accounts.off}</dd></div>
  </dl>
</section>
<section class="panel" aria-labelledby="change">
  <h2 id="change">${t.change}</h2>
  <form method="post" action="${path}" class="form" novalidate>
    ${csrfField(ctx.staff?.csrfToken ?? '')}
    ${input({ ...f('name', ctx.t.newAccount.name), autocomplete: 'off' })}
    ${input({ ...f('email', ctx.t.newAccount.email, ctx.t.newAccount.emailHint), optional: ctx.t.forms.optional, type: 'email', autocomplete: 'off' })}
    ${checkboxes({ ...f('roles', ctx.t.newAccount.roles, ctx.t.newAccount.rolesHint), options: roleOptions(ctx), checked: checkedRoles })}
    <button type="submit" class="button">${t.save}</button>
  </form>
</section>
<section class="panel" aria-labelledby="history">
  <h2 id="history">${t.history}</h2>
  <p>${t.historyIntro}</p>
  ${eventsTable(ctx, v.events, v.actorName)}
</section>
</div>
<div>
<section class="panel" aria-labelledby="access">
  <h2 id="access">${t.access}</h2>
  ${v.disabled ? button(ctx, `${path}/enable`, t.enable) : button(ctx, `${path}/disable`, t.disable, 'button--warning', t.disableHint)}
  ${!v.disabled && button(ctx, `${path}/password-link`, t.sendLink, 'button--secondary', t.sendLinkHint(v.linkLasts))}
  ${button(ctx, `${path}/token`, t.makeToken, 'button--secondary', t.tokenHint)}
  ${v.hasToken && button(ctx, `${path}/revoke-token`, t.revokeToken)}
  ${v.secondFactorSince && button(ctx, `${path}/remove-second-factor`, t.removeSecondFactor, 'button--secondary', t.removeSecondFactorHint)}
</section>
<section class="panel" aria-labelledby="sessions">
  <h2 id="sessions">${t.sessions}</h2>
  <p>${t.sessionsIntro}</p>
  ${sessionsTable(ctx, v.sessions, `${path}/end-sessions`)}
  ${v.sessions.length > 1 && button(ctx, `${path}/end-sessions`, t.endAll)}
</section>
</div>
</div>`;
  return layout(ctx, { title: t.title(v.name), main, current: 'accounts' });
}
