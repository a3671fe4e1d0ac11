/**
 * The inbox: what is due. Open complaints, the next deadline first; overdue ones say so in words.
 * Filters are a plain GET form, so every view has its own URL and works without JavaScript.
 */
import { CHANNELS, type Channel } from '../../domain/channels';
import { REGISTER_STATUSES, type RegisterStatus } from '../../domain/complaint';
import { html, type Html } from '../html';
import { layout, PATHS, type PageContext } from '../layout';

export interface InboxFilter {
  status?: RegisterStatus;
  channel?: Channel;
  handler?: string;
  mine?: boolean;
  overdue?: boolean;
  q?: string;
  page?: number;
  pageSize?: number;
}

export interface InboxItem {
  reference: string;
  subject: string;
  complainantName: string;
  channel: Channel;
  status: RegisterStatus;
  handler?: string;
  nextDeadlineAt?: Date;
  overdue: boolean;
}

export interface InboxView {
  filter: InboxFilter;
  items: InboxItem[];
  total: number;
  /** False when the list stopped counting at `total` (list-query.ts COUNTED_AT_MOST). */
  totalExact: boolean;
  overdueTotal: number;
  /** Complaints per status under the other filters. */
  counts: Record<RegisterStatus, number>;
  /** Who complaints are assigned to: login names (with the account's name) and e-mail addresses. */
  handlers: { value: string; label: string }[];
  page: number;
  pages: number;
}

/** The inbox URL of a filter: only what is set, in a fixed order. */
export function inboxUrl(filter: InboxFilter): string {
  const query = new URLSearchParams();
  if (filter.status) query.set('status', filter.status);
  if (filter.channel) query.set('channel', filter.channel);
  if (filter.handler && !filter.mine) query.set('handler', filter.handler);
  if (filter.mine) query.set('mine', '1');
  if (filter.overdue) query.set('overdue', '1');
  if (filter.q) query.set('q', filter.q);
  if (filter.pageSize) query.set('pageSize', String(filter.pageSize));
  if (filter.page && filter.page > 1) query.set('page', String(filter.page));
  const search = query.toString();
  return search ? `${PATHS.inbox}?${search}` : PATHS.inbox;
}

const selected = (yes: boolean) => yes && html` selected`;
const checked = (yes: boolean | undefined) => yes && html` checked`;

function filterForm(ctx: PageContext, view: InboxView): Html {
  const t = ctx.t.inbox;
  const f = view.filter;
  return html`<form method="get" action="${PATHS.inbox}" class="filters" role="search" aria-label="${t.filters}">
  <div class="filters__fields">
    <div class="field">
      <label for="q">${t.search}</label>
      <p id="q-hint" class="field__hint">${t.searchHint}</p>
      <input id="q" name="q" type="search" value="${f.q ?? ''}" aria-describedby="q-hint">
    </div>
    <div class="field">
      <label for="status">${t.status}</label>
      <select id="status" name="status">
        <option value="">${t.allOpen}</option>
        ${REGISTER_STATUSES.map((s) => html`<option value="${s}"${selected(f.status === s)}>${ctx.t.status[s]}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="channel">${t.channel}</label>
      <select id="channel" name="channel">
        <option value="">${t.anyChannel}</option>
        ${CHANNELS.map((c) => html`<option value="${c}"${selected(f.channel === c)}>${ctx.t.channel[c]}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="handler">${t.handler}</label>
      <select id="handler" name="handler">
        <option value="">${t.anyHandler}</option>
        ${view.handlers.map((h) => html`<option value="${h.value}"${selected(!f.mine && f.handler === h.value)}>${h.label}</option>`)}
      </select>
    </div>
  </div>
  <div class="filters__checks">
    <div class="check"><input id="mine" name="mine" type="checkbox" value="1"${checked(f.mine)}><label for="mine">${t.mine}</label></div>
    <div class="check"><input id="overdue" name="overdue" type="checkbox" value="1"${checked(f.overdue)}><label for="overdue">${t.overdueOnly}</label></div>
  </div>
  ${f.pageSize && html`<input type="hidden" name="pageSize" value="${f.pageSize}">`}
  <div class="filters__actions">
    <button type="submit" class="button">${t.apply}</button>
    <a href="${PATHS.inbox}">${t.clear}</a>
  </div>
</form>`;
}

function statusCounts(ctx: PageContext, view: InboxView): Html {
  const f = view.filter;
  const item = (s: RegisterStatus) =>
    html`<li><a href="${inboxUrl({ ...f, status: s, page: 1 })}"${f.status === s && html` aria-current="true"`}><span class="status-counts__label">${ctx.t.status[s]}</span> <span class="status-counts__count">${view.counts[s]}</span></a></li>`;
  return html`<nav class="status-counts" aria-labelledby="per-status">
  <h2 id="per-status" class="visually-hidden">${ctx.t.inbox.perStatus}</h2>
  <ul>
    ${REGISTER_STATUSES.map(item)}
  </ul>
</nav>`;
}

function row(ctx: PageContext, c: InboxItem): Html {
  const t = ctx.t.inbox;
  const deadline = c.nextDeadlineAt
    ? ctx.formats.deadline(c.nextDeadlineAt, ctx.t.deadline.day)
    : html`<span class="muted">${t.noDeadline}</span>`;
  return html`<tr${c.overdue && html` class="is-overdue"`}>
      <th scope="row" data-label="${t.reference}"><a href="${PATHS.complaint(c.reference)}">${c.reference}</a></th>
      <td data-label="${t.subject}">${c.subject}</td>
      <td data-label="${t.complainant}">${c.complainantName}</td>
      <td data-label="${t.channel}">${ctx.t.channel[c.channel]}</td>
      <td data-label="${t.status}">${ctx.t.status[c.status]}</td>
      <td data-label="${t.handler}">${c.handler ?? html`<span class="muted">${t.unassigned}</span>`}</td>
      <td data-label="${t.deadline}">${c.overdue && html`<strong class="tag tag--overdue">${t.overdue}</strong> `}${deadline}</td>
    </tr>`;
}

function table(ctx: PageContext, view: InboxView): Html {
  const t = ctx.t.inbox;
  if (!view.items.length) return html`<p class="empty">${t.none}</p>`;
  return html`<table class="complaints">
  <caption class="visually-hidden">${t.caption}</caption>
  <thead><tr>
    <th scope="col">${t.reference}</th><th scope="col">${t.subject}</th><th scope="col">${t.complainant}</th>
    <th scope="col">${t.channel}</th><th scope="col">${t.status}</th><th scope="col">${t.handler}</th>
    <th scope="col">${t.deadline}</th>
  </tr></thead>
  <tbody>
    ${view.items.map((c) => row(ctx, c))}
  </tbody>
</table>`;
}

function pagination(ctx: PageContext, view: InboxView): Html {
  const t = ctx.t.inbox;
  if (view.pages <= 1) return html``;
  const to = (page: number) => inboxUrl({ ...view.filter, page });
  return html`<nav class="pagination" aria-label="${t.pages}">
  ${view.page > 1 && html`<a href="${to(view.page - 1)}" rel="prev">${t.previous}</a>`}
  <span>${t.pageOf(view.page, view.pages)}</span>
  ${view.page < view.pages && html`<a href="${to(view.page + 1)}" rel="next">${t.next}</a>`}
</nav>`;
}

export function inboxPage(ctx: PageContext, view: InboxView): string {
  const t = ctx.t.inbox;
  const overdue =
    view.overdueTotal > 0 && html` — <strong class="tag tag--overdue">${t.overdueCount(view.overdueTotal)}</strong>`;
  const main = html`<h1>${t.title}</h1>
<p>${t.intro}</p>
${filterForm(ctx, view)}
${statusCounts(ctx, view)}
<p class="summary"><strong>${view.totalExact ? t.results(view.total) : t.moreResults(view.total)}</strong>${overdue}</p>
${table(ctx, view)}
${pagination(ctx, view)}`;
  return layout(ctx, { title: t.title, main, current: 'inbox' });
}
