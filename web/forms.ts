/**
 * The parts every form is built from, after the GOV.UK and NL Design System patterns: the label above
 * its field, a hint below the label, the error between hint and field, and an error summary at the top
 * of the page whose links lead to the fields. Plain HTML: forms post and work without JavaScript.
 */
import { html, type Html } from './html';

export interface Problem {
  /** The field's name in the form, e.g. `complainant.email`. */
  field: string;
  message: string;
}

/** A form that came back: what was filled in, and what was wrong with it. */
export interface FormState {
  /** Which form of the page (a page can hold several); its fields' IDs start with it. */
  form: string;
  values: Record<string, string>;
  problems: Problem[];
  /** Why the form as a whole was refused (the procedure's reason, a 409), or a problem without a field. */
  message?: string;
}

/** The element ID of field `name` in form `form`: `reply-sent-text`, `intake-complainant-email`. */
export function fieldId(form: string, name: string): string {
  return `${form}-${name.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

/** The problem with field `name` of `form`, if the state is that form's. */
export function problemOf(state: FormState | undefined, form: string, name: string): string | undefined {
  return state?.form === form ? state.problems.find((p) => p.field === name)?.message : undefined;
}

export function valueOf(state: FormState | undefined, form: string, name: string, fallback = ''): string {
  return state?.form === form ? (state.values[name] ?? '') : fallback;
}

/** Field `name` of `form` as the page shows it again: what was filled in and what was wrong with it. */
export function filled(state: FormState | undefined, form: string, name: string, fallback = '') {
  return { form, name, value: valueOf(state, form, name, fallback), error: problemOf(state, form, name) };
}

/** The error summary: first on the page, each problem a link to its field. */
export function errorSummary(title: string, state: FormState | undefined): Html {
  if (!state || (!state.problems.length && !state.message)) return html``;
  return html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
  <h2 id="error-summary-title">${title}</h2>
  ${state.message && html`<p class="error-summary__message">${state.message}</p>`}
  ${
    state.problems.length > 0 &&
    html`<ul>
    ${state.problems.map((p) => html`<li><a href="#${fieldId(state.form, p.field)}">${p.message}</a></li>`)}
  </ul>`
  }
</div>`;
}

export interface FieldOptions {
  form: string;
  name: string;
  label: string;
  hint?: string;
  /** Shown after the label of a field that may stay empty, e.g. "(niet verplicht)". */
  optional?: string;
  value?: string;
  error?: string;
}

function described(id: string, o: FieldOptions): Html {
  const ids = [o.hint && `${id}-hint`, o.error && `${id}-error`].filter(Boolean).join(' ');
  return html`${ids && html` aria-describedby="${ids}"`}${o.error && html` aria-invalid="true"`}`;
}

function labelled(id: string, o: FieldOptions): Html {
  return html`<label for="${id}">${o.label}${o.optional && html` <span class="field__optional">${o.optional}</span>`}</label>
      ${o.hint && html`<p id="${id}-hint" class="field__hint">${o.hint}</p>`}
      ${o.error && html`<p id="${id}-error" class="field__error">${o.error}</p>`}`;
}

const fieldClass = (o: FieldOptions) => `field${o.error ? ' field--error' : ''}`;

export function input(
  o: FieldOptions & {
    type?: 'text' | 'email' | 'tel' | 'date' | 'password';
    autocomplete?: string;
    width?: 'short' | 'medium';
    list?: string;
  },
): Html {
  const id = fieldId(o.form, o.name);
  return html`<div class="${fieldClass(o)}">
      ${labelled(id, o)}
      <input id="${id}" name="${o.name}" type="${o.type ?? 'text'}" value="${o.type === 'password' ? '' : (o.value ?? '')}"${o.width && html` class="input--${o.width}"`}${o.autocomplete && html` autocomplete="${o.autocomplete}"`}${o.list && html` list="${o.list}"`}${o.type === 'email' && html` spellcheck="false"`}${described(id, o)}>
    </div>`;
}

export function textarea(o: FieldOptions & { rows?: number; autocomplete?: string }): Html {
  const id = fieldId(o.form, o.name);
  return html`<div class="${fieldClass(o)}">
      ${labelled(id, o)}
      <textarea id="${id}" name="${o.name}" rows="${o.rows ?? 5}"${o.autocomplete && html` autocomplete="${o.autocomplete}"`}${described(id, o)}>${o.value ?? ''}</textarea>
    </div>`;
}

/** One choice of several: a fieldset whose legend is the question. The first radio carries the field's ID. */
export function radios(
  o: FieldOptions & { options: { value: string; label: string; hint?: string }[]; inline?: boolean },
): Html {
  const id = fieldId(o.form, o.name);
  const hintIds = [o.hint && `${id}-hint`, o.error && `${id}-error`].filter(Boolean).join(' ');
  return html`<div class="${fieldClass(o)}">
      <fieldset class="radios${o.inline ? ' radios--inline' : ''}"${hintIds && html` aria-describedby="${hintIds}"`}>
        <legend>${o.label}${o.optional && html` <span class="field__optional">${o.optional}</span>`}</legend>
        ${o.hint && html`<p id="${id}-hint" class="field__hint">${o.hint}</p>`}
        ${o.error && html`<p id="${id}-error" class="field__error">${o.error}</p>`}
        ${o.options.map((option, i) => {
          const optionId = i === 0 ? id : `${id}-${option.value}`;
          return html`<div class="radio">
          <input id="${optionId}" name="${o.name}" type="radio" value="${option.value}"${o.value === option.value && html` checked`}${option.hint && html` aria-describedby="${optionId}-hint"`}>
          <label for="${optionId}">${option.label}</label>
          ${option.hint && html`<p id="${optionId}-hint" class="radio__hint field__hint">${option.hint}</p>`}
        </div>`;
        })}
      </fieldset>
    </div>`;
}

/** Several choices of a list (GOV.UK checkboxes): a fieldset whose legend is the question; the first box carries the field's ID. */
export function checkboxes(
  o: FieldOptions & { options: { value: string; label: string; hint?: string }[]; checked: readonly string[] },
): Html {
  const id = fieldId(o.form, o.name);
  const hintIds = [o.hint && `${id}-hint`, o.error && `${id}-error`].filter(Boolean).join(' ');
  return html`<div class="${fieldClass(o)}">
      <fieldset class="radios"${hintIds && html` aria-describedby="${hintIds}"`}>
        <legend>${o.label}</legend>
        ${o.hint && html`<p id="${id}-hint" class="field__hint">${o.hint}</p>`}
        ${o.error && html`<p id="${id}-error" class="field__error">${o.error}</p>`}
        ${o.options.map((option, i) => {
          const optionId = i === 0 ? id : `${id}-${option.value}`;
          return html`<div class="radio">
          <input id="${optionId}" name="${o.name}" type="checkbox" value="${option.value}"${o.checked.includes(option.value) && html` checked`}${option.hint && html` aria-describedby="${optionId}-hint"`}>
          <label for="${optionId}">${option.label}</label>
          ${option.hint && html`<p id="${optionId}-hint" class="radio__hint field__hint">${option.hint}</p>`}
        </div>`;
        })}
      </fieldset>
    </div>`;
}

/**
 * One choice of a list kept elsewhere (staff, a managed list): a select, with a first option that chooses
 * nothing, so that an unchosen field is noticed rather than silently the first entry. A value posted
 * earlier that is no longer in the list is kept as its own option, so a form that came back loses nothing.
 */
export function select(o: FieldOptions & { options: { value: string; label: string }[]; placeholder: string }): Html {
  const id = fieldId(o.form, o.name);
  const options =
    o.value && !o.options.some((option) => option.value === o.value)
      ? [...o.options, { value: o.value, label: o.value }]
      : o.options;
  return html`<div class="${fieldClass(o)}">
      ${labelled(id, o)}
      <select id="${id}" name="${o.name}"${described(id, o)}>
        <option value="">${o.placeholder}</option>
        ${options.map((option) => html`<option value="${option.value}"${o.value === option.value && html` selected`}>${option.label}</option>`)}
      </select>
    </div>`;
}

/** Files to send with the form (the form needs enctype="multipart/form-data"); `accept` only helps the picker. */
export function fileInput(o: FieldOptions & { accept: string; multiple?: boolean }): Html {
  const id = fieldId(o.form, o.name);
  return html`<div class="${fieldClass(o)}">
      ${labelled(id, o)}
      <input id="${id}" name="${o.name}" type="file" accept="${o.accept}"${o.multiple && html` multiple`}${described(id, o)}>
    </div>`;
}

/** What the file pickers offer: the types attachments are checked to be by their content. */
export const ATTACHMENT_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';
