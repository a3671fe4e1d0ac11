/**
 * HTML from template literals, escaped by default: html`<p>${name}</p>` escapes `name`. Only another
 * html`…` fragment (or an array of them) is inserted as it is, so markup cannot come from data by
 * accident. Values go into text or into quoted attributes; URLs in attributes are built by our code.
 */
export class Html {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** Nothing (null, undefined, false) renders as nothing; arrays render each item. */
export type Value = Html | string | number | boolean | null | undefined | readonly Value[];

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.markup;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let markup = strings[0];
  values.forEach((value, i) => (markup += render(value) + strings[i + 1]));
  return new Html(markup);
}

/** A whole page: the doctype and the document. */
export function page(document: Html): string {
  return `<!doctype html>\n${document.markup}`;
}
