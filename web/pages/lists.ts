/**
 * /app/lists (R6, operators): the lists of services, categories and causes the complaint forms choose
 * from. Per list its entries, each with its number of complaints, a form to rename it and one to retire
 * it (or use it again); a form to add one; and the free-text values the register holds that are no
 * entry's name, each with a choice of the entry it means, the likeliest chosen already.
 */
import { MANAGED_LISTS, type ListOverview, type ManagedList } from '../../domain/managed-lists';
import { errorSummary, filled, input, select, type FormState } from '../forms';
import { html, type Html } from '../html';
import { csrfField, layout, PATHS, type PageContext } from '../layout';

export interface ListsView {
  lists: ListOverview[];
  form?: FormState;
  /** What the last post did, said once after its redirect. */
  done?: { what: 'added' | 'renamed' | 'retired' | 'restored' | 'mapped'; count?: number };
}

/** The forms of the page, by what they change: their fields' IDs start with these. */
export const LIST_FORMS = {
  add: (list: ManagedList) => `add-${list}`,
  rename: (id: number) => `rename-${id}`,
  map: (list: ManagedList, index: number) => `map-${list}-${index}`,
};

export const listPath = (list: ManagedList) => `${PATHS.lists}/${list}`;

function entriesTable(ctx: PageContext, v: ListsView, o: ListOverview): Html {
  const t = ctx.t.lists;
  const csrf = csrfField(ctx.staff?.csrfToken ?? '');
  if (!o.entries.length) return html`<p class="empty">${t.empty}</p>`;
  return html`<table class="complaints lists">
  <caption class="visually-hidden">${t.caption(t.names[o.list])}</caption>
  <thead><tr><th scope="col">${t.name}</th><th scope="col">${t.complaints}</th><th scope="col">${t.state}</th><th scope="col"><span class="visually-hidden">${t.rename}</span></th></tr></thead>
  <tbody>
    ${o.entries.map((e) => {
      const form = LIST_FORMS.rename(e.id);
      return html`<tr>
      <th scope="row" data-label="${t.name}">${e.name}</th>
      <td data-label="${t.complaints}">${e.complaints}</td>
      <td data-label="${t.state}">${e.retired ? html`<strong class="tag">${t.retired}</strong>` : t.inUse}</td>
      <td><div class="letters__actions">
        <form method="post" action="${listPath(o.list)}/entries/${e.id}" class="inline-form">
          ${csrf}
          ${input({ ...filled(v.form, form, 'name', e.name), label: t.newName(e.name), width: 'medium' })}
          <button type="submit" class="button button--secondary">${t.rename}</button>
        </form>
        <form method="post" action="${listPath(o.list)}/entries/${e.id}" class="inline-form">
          ${csrf}
          <input type="hidden" name="retired" value="${e.retired ? 'no' : 'yes'}">
          <button type="submit" class="button button--secondary">${e.retired ? t.restore : t.retire}<span class="visually-hidden">: ${e.name}</span></button>
        </form>
      </div></td>
    </tr>`;
    })}
  </tbody>
</table>`;
}

function unmappedTable(ctx: PageContext, v: ListsView, o: ListOverview): Html {
  const t = ctx.t.lists;
  const inUse = o.entries.filter((e) => !e.retired).map((e) => ({ value: String(e.id), label: e.name }));
  if (!o.unmapped.length || !inUse.length) return html``;
  return html`<h3>${t.unmapped}</h3>
  <p class="hint">${t.unmappedIntro}</p>
  <table class="complaints lists lists--unmapped">
  <caption class="visually-hidden">${t.unmapped}</caption>
  <thead><tr><th scope="col">${t.value}</th><th scope="col">${t.complaints}</th><th scope="col"><span class="visually-hidden">${t.map}</span></th></tr></thead>
  <tbody>
    ${o.unmapped.map((u, i) => {
      const form = LIST_FORMS.map(o.list, i);
      const chosen = u.suggestion ? String(u.suggestion) : '';
      return html`<tr>
      <th scope="row" data-label="${t.value}">${u.value}</th>
      <td data-label="${t.complaints}">${u.complaints}</td>
      <td><form method="post" action="${listPath(o.list)}/mappings" class="inline-form">
        ${csrfField(ctx.staff?.csrfToken ?? '')}
        <input type="hidden" name="value" value="${u.value}">
        ${select({ ...filled(v.form, form, 'entryId', chosen), label: t.mapTo(u.value), options: inUse, placeholder: ctx.t.forms.choose })}
        <button type="submit" class="button button--secondary">${t.map}</button>
      </form></td>
    </tr>`;
    })}
  </tbody>
</table>`;
}

function listSection(ctx: PageContext, v: ListsView, o: ListOverview): Html {
  const t = ctx.t.lists;
  const form = LIST_FORMS.add(o.list);
  return html`<section class="panel" id="list-${o.list}" aria-labelledby="list-${o.list}-title">
  <h2 id="list-${o.list}-title">${t.names[o.list]}</h2>
  ${entriesTable(ctx, v, o)}
  <form method="post" action="${listPath(o.list)}/entries" class="form">
    ${csrfField(ctx.staff?.csrfToken ?? '')}
    ${input({ ...filled(v.form, form, 'name'), label: t.add(t.one[o.list]), width: 'medium' })}
    <button type="submit" class="button">${t.addSubmit}</button>
  </form>
  ${unmappedTable(ctx, v, o)}
</section>`;
}

export function listsPage(ctx: PageContext, v: ListsView): string {
  const t = ctx.t.lists;
  const done = v.done && (v.done.what === 'mapped' ? t.done.mapped(v.done.count ?? 0) : t.done[v.done.what]);
  const byList = MANAGED_LISTS.map((list) => v.lists.find((o) => o.list === list)!);
  const main = html`${errorSummary(ctx.t.forms.errorTitle, v.form)}
${done && html`<p class="notice" role="status">${done}</p>`}
<h1>${t.title}</h1>
<p>${t.intro}</p>
${byList.map((o) => listSection(ctx, v, o))}`;
  return layout(ctx, { title: t.title, main, current: 'lists' });
}
