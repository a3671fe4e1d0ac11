/** A new account (operator): login name, name, e-mail address, roles; its person gets a link to choose a password. */
import { ROLES } from '../../domain/roles';
import { checkboxes, errorSummary, filled, input, type FormState } from '../forms';
import { html } from '../html';
import { csrfField, layout, PATHS, type PageContext } from '../layout';

export const NEW_ACCOUNT_FORM = 'account';

export function roleOptions(ctx: PageContext) {
  return ROLES.map((role) => ({ value: role, label: ctx.t.roles[role], hint: ctx.t.roleHints[role] }));
}

export function newAccountPage(ctx: PageContext, form?: FormState, roles: readonly string[] = []): string {
  const t = ctx.t.newAccount;
  const f = (name: string, label: string, hint?: string) => ({ ...filled(form, NEW_ACCOUNT_FORM, name), label, hint });
  const main = html`${errorSummary(ctx.t.forms.errorTitle, form)}
<div class="narrow">
<p><a href="${PATHS.accounts}">${ctx.t.account.back}</a></p>
<h1>${t.title}</h1>
<p>${t.intro}</p>
<form method="post" action="${PATHS.newAccount}" class="form" novalidate>
  ${csrfField(ctx.staff?.csrfToken ?? '')}
  ${input({ ...f('id', t.login, t.loginHint), autocomplete: 'off', width: 'medium' })}
  ${input({ ...f('name', t.name), autocomplete: 'off' })}
  ${input({ ...f('email', t.email, t.emailHint), optional: ctx.t.forms.optional, type: 'email', autocomplete: 'off' })}
  ${checkboxes({ ...f('roles', t.roles, t.rolesHint), options: roleOptions(ctx), checked: roles })}
  <button type="submit" class="button">${t.submit}</button>
</form>
</div>`;
  return layout(ctx, { title: t.title, main, current: 'accounts' });
}
