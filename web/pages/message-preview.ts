/**
 * The parts of a form that writes to the complainant: what the message holds around the text, a reply
 * template to start from, and the preview (issue 19 item 4): to whom and how, the subject, and the whole
 * text as it goes, with a word on the status link staff do not see.
 */
import { fieldId } from '../forms';
import { html, type Html } from '../html';
import type { PageContext } from '../layout';

/** The actions whose form writes a message to the complainant, and the purpose of the message each makes. */
export const WRITING_ACTIONS = { 'reply-sent': 'reply', 'send-message': 'interim' } as const;
export type WritingAction = keyof typeof WRITING_ACTIONS;

export const isWritingAction = (name: string): name is WritingAction => Object.hasOwn(WRITING_ACTIONS, name);

/** What a writing form's "Preview" showed: the message, or none (a reply given elsewhere sends nothing). */
export interface Previewed {
  action: WritingAction;
  message?: MessagePreview;
}

export interface MessagePreview {
  /** The action whose form it belongs to. */
  action: WritingAction;
  channel: 'email' | 'letter';
  recipient: string;
  subject: string;
  body: string;
}

export function messagePreview(ctx: PageContext, previewed: Previewed): Html {
  const t = ctx.t.complaint.preview;
  const p = previewed.message;
  if (!p) return html`<p class="notice preview" id="${previewed.action}-preview" role="status">${t.nothing}</p>`;
  return html`<section class="preview" aria-labelledby="${p.action}-preview-title" id="${p.action}-preview">
  <h3 id="${p.action}-preview-title">${t.title}</h3>
  <p class="hint">${t.intro}</p>
  <dl class="preview__head">
    <div><dt>${t.channel}</dt><dd>${t.channels[p.channel]}</dd></div>
    <div><dt>${t.recipient}</dt><dd class="text">${p.recipient}</dd></div>
    <div><dt>${t.subject}</dt><dd>${p.subject}</dd></div>
  </dl>
  <div class="preview__body text">${p.body}</div>
</section>`;
}

/** What the form says the message holds around the staff's text, so that they write no greeting of their own. */
export function messageFrame(ctx: PageContext, complainantName: string): Html {
  return html`<p class="hint message-frame">${ctx.t.complaint.preview.frame(complainantName)}</p>`;
}

/** A reply template to start from: chosen here, "Sjabloon invullen" puts its text in the text field. */
export function templateChoice(
  ctx: PageContext,
  form: string,
  templates: readonly { id: number; title: string }[],
  fillPath: string,
): Html {
  if (!templates.length) return html``;
  const t = ctx.t.templates;
  const id = fieldId(form, '_template');
  return html`<div class="field template-choice">
      <label class="field__label" for="${id}">${t.choose}</label>
      <p id="${id}-hint" class="field__hint">${t.chooseHint}</p>
      <div class="button-group">
        <select id="${id}" name="_template" aria-describedby="${id}-hint">
          ${templates.map((template) => html`<option value="${template.id}">${template.title}</option>`)}
        </select>
        <button type="submit" class="button button--secondary" formaction="${fillPath}">${t.use}</button>
      </div>
    </div>`;
}
