/**
 * /app/templates (operators): the reply templates, per language, each with a form to change or delete
 * it, and a form for a new one. Staff choose them on the forms that write to the complainant.
 */
import type { AnswerTemplate } from '../../domain/answer-template';
import { errorSummary, filled, input, radios, textarea, type FormState } from '../forms';
import { html, type Html } from '../html';
import { csrfField, layout, PATHS, type PageContext } from '../layout';

export interface TemplatesView {
  items: AnswerTemplate[];
  /** Names for the people who changed them, by login name. */
  people: Record<string, string>;
  done?: string;
  form?: FormState;
}

/** The form of a new template is `template-new`; of template 7, `template-7`. */
export const templateForm = (id?: number) => (id === undefined ? 'template-new' : `template-${id}`);

function templateFields(ctx: PageContext, v: TemplatesView, form: string, item?: AnswerTemplate): Html {
  const t = ctx.t.templates;
  const field = (name: keyof AnswerTemplate) => filled(v.form, form, name, item ? String(item[name]) : '');
  const languages = Object.entries(t.languages).map(([value, label]) => ({ value, label }));
  return html`${input({ ...field('title'), label: t.fields.title, hint: t.fields.titleHint })}
    ${radios({ ...field('language'), label: t.fields.language, options: languages, inline: true })}
    ${textarea({ ...field('text'), label: t.fields.text, rows: 8 })}`;
}

function itemSection(ctx: PageContext, v: TemplatesView, item: AnswerTemplate): Html {
  const t = ctx.t.templates;
  const form = templateForm(item.id);
  const who = v.people[item.updatedBy] ?? item.updatedBy;
  return html`<details class="action" id="${form}"${v.form?.form === form && html` open`}>
  <summary><span class="action__title">${item.title}</span> <span class="tag tag--plain">${t.languages[item.language]}</span></summary>
  <div class="action__body">
    <p class="hint">${t.updated(who, ctx.formats.moment(item.updatedAt))}</p>
    <form method="post" action="${PATHS.template(item.id)}" class="form" novalidate>
      ${csrfField(ctx.staff?.csrfToken ?? '')}
      ${templateFields(ctx, v, form, item)}
      <div class="button-group">
        <button type="submit" class="button">${t.save}</button>
        <button type="submit" class="button button--warning" formaction="${PATHS.template(item.id)}/delete">${t.remove}</button>
      </div>
    </form>
  </div>
</details>`;
}

export function templatesPage(ctx: PageContext, v: TemplatesView): string {
  const t = ctx.t.templates;
  const form = templateForm();
  const main = html`${errorSummary(ctx.t.forms.errorTitle, v.form)}
${v.done && html`<p class="notice" role="status">${v.done}</p>`}
<h1>${t.title}</h1>
<p>${t.intro}</p>
<section class="panel" aria-labelledby="templates-list">
  <h2 id="templates-list" class="visually-hidden">${t.title}</h2>
  ${v.items.length ? v.items.map((item) => itemSection(ctx, v, item)) : html`<p class="empty">${t.none}</p>`}
</section>
<section class="panel" aria-labelledby="new-template-heading">
  <h2 id="new-template-heading">${t.new}</h2>
  <form method="post" action="${PATHS.templates}" class="form" novalidate>
    ${csrfField(ctx.staff?.csrfToken ?? '')}
    ${templateFields(ctx, v, form)}
    <button type="submit" class="button">${t.save}</button>
  </form>
</section>`;
  return layout(ctx, { title: t.title, main, current: 'templates' });
}
