/**
 * Parts of the account pages: a secret shown once (a new API token, a password link for an account
 * without an e-mail address), the table of sessions with a button to end each, and the history of changes.
 */
import { html, type Html } from '../html';
import { csrfField, type PageContext } from '../layout';

/** What a form made that is shown now and never again, or where a link went. */
export type Shown =
  | { kind: 'token'; token: string }
  | { kind: 'link'; url: string; expiresAt: Date }
  | { kind: 'link-sent'; address: string };

export function shownOnce(ctx: PageContext, shown: Shown | undefined): Html {
  const t = ctx.t.account;
  if (!shown) return html``;
  if (shown.kind === 'link-sent') return html`<p class="notice" role="status">${t.linkSentTo(shown.address)}</p>`;
  const [title, value, note] =
    shown.kind === 'token'
      ? [t.tokenShown, shown.token, t.tokenOnce]
      : [t.linkShown, shown.url, t.linkOnce(ctx.formats.moment(shown.expiresAt))];
  return html`<div class="notice notice--warning secret" role="status">
  <h2>${title}</h2>
  <p>${note}</p>
  <p><code class="secret__value">${value}</code></p>
</div>`;
}

export interface SessionItem {
  idHash: string;
  createdAt: Date;
  lastSeenAt: Date;
  address?: string;
  userAgent?: string;
  current?: boolean;
}

export function sessionsTable(ctx: PageContext, sessions: SessionItem[], endUrl: string): Html {
  const t = ctx.t.sessionList;
  if (!sessions.length) return html`<p class="empty">${ctx.t.account.noSessions}</p>`;
  return html`<table class="complaints sessions">
  <caption class="visually-hidden">${t.caption}</caption>
  <thead><tr>
    <th scope="col">${t.since}</th><th scope="col">${t.lastSeen}</th><th scope="col">${t.from}</th>
    <th scope="col"><span class="visually-hidden">${t.end}</span></th>
  </tr></thead>
  <tbody>
    ${sessions.map((s) => {
      const since = ctx.formats.moment(s.createdAt);
      return html`<tr>
      <th scope="row" data-label="${t.since}">${since}${s.current && html` <span class="tag tag--plain">${t.current}</span>`}</th>
      <td data-label="${t.lastSeen}">${ctx.formats.moment(s.lastSeenAt)}</td>
      <td data-label="${t.from}">${s.address ?? t.unknown}<br><span class="muted">${s.userAgent ?? ''}</span></td>
      <td>${
        !s.current &&
        html`<form method="post" action="${endUrl}" class="inline-form">
        ${csrfField(ctx.staff?.csrfToken ?? '')}
        <input type="hidden" name="session" value="${s.idHash}">
        <button type="submit" class="button button--secondary">${t.end}<span class="visually-hidden">: ${t.endLabel(since)}</span></button>
      </form>`
      }</td>
    </tr>`;
    })}
  </tbody>
</table>`;
}

export interface EventItem {
  actor: string;
  action: keyof PageContext['t']['events'];
  detail: Record<string, unknown>;
  at: Date;
}

function what(ctx: PageContext, e: EventItem): string {
  const t = ctx.t.events;
  const label = t[e.action] as string;
  const d = e.detail;
  if (e.action === 'changed') {
    const show = (field: string, v: unknown) =>
      v === null || v === '' ? t.empty : field === 'roles' ? roleNames(ctx, String(v)) : String(v);
    const changes = Object.entries(d as Record<string, [unknown, unknown]>).map(([field, [from, to]]) =>
      t.change(t.fields[field] ?? field, show(field, from), show(field, to)),
    );
    return `${label}: ${changes.join('; ')}`;
  }
  if (e.action === 'created') return `${label}: ${roleNames(ctx, String(d.roles ?? ''))}`;
  if (e.action === 'sessions-ended' && typeof d.count === 'number') return `${label} (${t.sessions(d.count)})`;
  if (e.action === 'password-link-sent') return `${label}, ${d.sentTo ? t.sentTo(String(d.sentTo)) : t.shown}`;
  return label;
}

function roleNames(ctx: PageContext, roles: string): string {
  return roles
    .split(',')
    .filter(Boolean)
    .map((r) => (ctx.t.roles as Record<string, string>)[r] ?? r)
    .join(', ');
}

export function eventsTable(ctx: PageContext, events: EventItem[], actorName: (id: string) => string): Html {
  const t = ctx.t.account;
  if (!events.length) return html`<p class="empty">${t.noHistory}</p>`;
  return html`<table class="complaints history">
  <caption class="visually-hidden">${t.history}</caption>
  <thead><tr><th scope="col">${t.when}</th><th scope="col">${t.who}</th><th scope="col">${t.what}</th></tr></thead>
  <tbody>
    ${events.map(
      (e) => html`<tr>
      <th scope="row" data-label="${t.when}">${ctx.formats.moment(e.at)}</th>
      <td data-label="${t.who}">${actorName(e.actor)}</td>
      <td data-label="${t.what}">${what(ctx, e)}</td>
    </tr>`,
    )}
  </tbody>
</table>`;
}
