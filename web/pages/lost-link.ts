/**
 * R4: a complainant who lost the link to their status page asks for it again with the reference and
 * their e-mail address; and the page for a link we do not know (404, Dutch unless asked otherwise).
 */
import { errorSummary, filled, input, type FormState } from '../forms';
import { html } from '../html';
import { csrfField, layout, PATHS, type PageContext } from '../layout';

export const LOST_LINK_FORM = 'link';
/** Issue 19 item 7: the code by post, with reference and postcode. */
export const BY_POST_FORM = 'post';

export function lostLinkPage(
  ctx: PageContext,
  v: {
    requested?: boolean;
    requestedByPost?: boolean;
    form?: FormState;
    /** This browser's token for the complainant's forms. */ formToken: string;
  },
): string {
  const t = ctx.t.public.lostLink;
  const f = (name: 'reference' | 'email', hint: string) => ({
    ...filled(v.form, LOST_LINK_FORM, name),
    label: t[name],
    hint,
  });
  const main = html`<div class="narrow">
${errorSummary(ctx.t.forms.errorTitle, v.form)}
${v.requested && html`<p class="notice" role="status">${t.requested}</p>`}
${v.requestedByPost && html`<p class="notice" role="status">${t.requestedByPost}</p>`}
<h1>${t.title}</h1>
<p class="lead">${t.intro}</p>
<form method="post" action="${PATHS.lostLink}" class="form" novalidate>
  ${csrfField(v.formToken)}
  ${input({ ...f('reference', t.referenceHint), width: 'medium', autocomplete: 'off' })}
  ${input({ ...f('email', t.emailHint), type: 'email', autocomplete: 'email' })}
  <button type="submit" class="button">${t.submit}</button>
</form>
<h2>${t.byPost}</h2>
<p>${t.byPostIntro}</p>
<form method="post" action="${PATHS.lostLinkByPost}" class="form" novalidate>
  ${csrfField(v.formToken)}
  ${input({ ...filled(v.form, BY_POST_FORM, 'reference'), label: t.reference, hint: t.referenceHint, width: 'medium', autocomplete: 'off' })}
  ${input({ ...filled(v.form, BY_POST_FORM, 'postcode'), label: t.postcode, hint: t.postcodeHint, width: 'short', autocomplete: 'postal-code' })}
  <button type="submit" class="button button--secondary">${t.byPostSubmit}</button>
</form>
<p class="hint">${t.noEmail}</p>
<p class="hint">${t.withCode} <a href="${PATHS.statusCode}">${PATHS.statusCode}</a>.</p>
</div>`;
  return layout(ctx, { title: t.title, main, audience: 'public' });
}

export function unknownLinkPage(ctx: PageContext): string {
  const t = ctx.t.public.unknownLink;
  const main = html`<div class="narrow">
<h1>${t.heading}</h1>
<p>${t.body}</p>
<p>${t.contact(ctx.organisation)}</p>
<p><a href="${PATHS.lostLink}">${t.lost}</a></p>
</div>`;
  return layout(ctx, { title: t.title, main, audience: 'public' });
}

/** A public page that only says something (too many complaints from one address, a refused post, an error). */
export function publicMessagePage(ctx: PageContext, title: string, body: string): string {
  return layout(ctx, {
    title,
    main: html`<div class="narrow"><h1>${title}</h1><p>${body}</p></div>`,
    audience: 'public',
  });
}
