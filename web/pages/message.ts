/** Pages that only say something: an error. */
import { html } from '../html';
import { layout, PATHS, type PageContext } from '../layout';

export type ErrorKind = 400 | 403 | 404 | 500 | 'csrf';

export function errorPage(ctx: PageContext, kind: ErrorKind): string {
  const { title, body } = ctx.t.errors[kind];
  const main = html`<h1>${title}</h1>
<p>${body}</p>
${ctx.staff && html`<p><a href="${PATHS.inbox}">${ctx.t.errors.back}</a></p>`}`;
  return layout(ctx, { title, main });
}
