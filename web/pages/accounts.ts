/** The operator's start: every account with its roles, state, second step and last sign-in; a new one a link away. */
import { html } from '../html';
import { layout, PATHS, type PageContext } from '../layout';
import type { Role } from '../../domain/roles';

export interface AccountListItem {
  id: string;
  name: string;
  roles: Role[];
  disabled: boolean;
  secondFactor: boolean;
  lastSignInAt?: Date;
}

export function accountsPage(ctx: PageContext, items: AccountListItem[]): string {
  const t = ctx.t.accounts;
  const roles = (r: Role[]) => r.map((role) => ctx.t.roles[role]).join(', ');
  const table = items.length
    ? html`<table class="complaints accounts">
  <caption class="visually-hidden">${t.caption}</caption>
  <thead><tr>
    <th scope="col">${t.login}</th><th scope="col">${t.name}</th><th scope="col">${t.roles}</th>
    <th scope="col">${t.state}</th><th scope="col">${t.secondFactor}</th><th scope="col">${t.lastSignIn}</th>
  </tr></thead>
  <tbody>
    ${items.map(
      (a) => html`<tr>
      <th scope="row" data-label="${t.login}"><a href="${PATHS.account(a.id)}">${a.id}</a></th>
      <td data-label="${t.name}">${a.name}</td>
      <td data-label="${t.roles}">${roles(a.roles)}</td>
      <td data-label="${t.state}">${a.disabled ? html`<strong class="tag tag--overdue">${t.disabled}</strong>` : t.active}</td>
      <td data-label="${t.secondFactor}">${a.secondFactor ? t.on : t.off}</td>
      <td data-label="${t.lastSignIn}">${a.lastSignInAt ? ctx.formats.moment(a.lastSignInAt) : t.never}</td>
    </tr>`,
    )}
  </tbody>
</table>`
    : html`<p class="empty">${t.none}</p>`;
  const main = html`<h1>${t.title}</h1>
<p>${t.intro}</p>
<p><a class="button" href="${PATHS.newAccount}">${t.new}</a></p>
${table}`;
  return layout(ctx, { title: t.title, main, current: 'accounts' });
}
