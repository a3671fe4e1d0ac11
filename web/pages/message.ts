/** Pages that only say something: an error, or a page that is not there yet. */
import { html } from '../html';
import { layout, PATHS, type PageContext, type Section } from '../layout';

export type ErrorKind = 400 | 403 | 404 | 500 | 'csrf';

export function errorPage(ctx: PageContext, kind: ErrorKind): string {
  const { title, body } = ctx.t.errors[kind];
  const main = html`<h1>${title}</h1>
<p>${body}</p>
${ctx.staff && html`<p><a href="${PATHS.inbox}">${ctx.t.errors.back}</a></p>`}`;
  return layout(ctx, { title, main });
}

/** A page of the navigation whose turn comes in a next version (intake form, letters). */
export function notYetPage(ctx: PageContext, section: Section, title: string): string {
  const t = ctx.t.notYet;
  const main = html`<h1>${title}</h1>
<p>${t.body}</p>
<p><a href="/api/docs">${t.api}</a></p>`;
  return layout(ctx, { title, main, current: section });
}
