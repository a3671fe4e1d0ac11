/** Issue 19 item 7: /s, where the reference and the code from a letter open the complainant's status page. */
import { errorSummary, filled, input, type FormState } from '../forms';
import { html } from '../html';
import { csrfField, layout, PATHS, type PageContext } from '../layout';

export const STATUS_CODE_FORM = 'code';

export function statusCodePage(
  ctx: PageContext,
  v: { form?: FormState; /** This browser's token for the complainant's forms. */ formToken: string },
): string {
  const t = ctx.t.public.code;
  const f = (name: 'reference' | 'code', hint: string) => ({
    ...filled(v.form, STATUS_CODE_FORM, name),
    label: t[name],
    hint,
  });
  const main = html`<div class="narrow">
${errorSummary(ctx.t.forms.errorTitle, v.form)}
<h1>${t.title}</h1>
<p class="lead">${t.intro}</p>
<form method="post" action="${PATHS.statusCode}" class="form" novalidate>
  ${csrfField(v.formToken)}
  ${input({ ...f('reference', t.referenceHint), width: 'medium', autocomplete: 'off' })}
  ${input({ ...f('code', t.codeHint), width: 'medium', autocomplete: 'off' })}
  <button type="submit" class="button">${t.submit}</button>
</form>
</div>`;
  return layout(ctx, { title: t.title, main, audience: 'public' });
}
