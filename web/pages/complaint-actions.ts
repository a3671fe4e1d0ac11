/**
 * The staff actions on a complaint's page: one form per action the state and the person's roles allow,
 * its fields read from the action's schema (web/action-forms.ts), each folded into a disclosure so that
 * the page stays short; the one whose post came back with problems is open.
 */
import type { ActionName } from '../../domain/actions';
import type { OfferedAction } from '../../domain/procedure-rules';
import { actionFields, type ActionField, type FieldText } from '../action-forms';
import { fieldId, filled, input, radios, select, textarea, type FormState } from '../forms';
import { html, type Html } from '../html';
import { csrfField, PATHS, type PageContext } from '../layout';
import { isWritingAction, messageFrame, messagePreview, templateChoice, type Previewed } from './message-preview';
import { ruleLabel } from '../rule-label';

export type { OfferedAction } from '../../domain/procedure-rules';

export interface ActionFormContext {
  reference: string;
  csrfToken: string;
  /** A key per page: a double-clicked form does its action once. */
  formKey: string;
  form?: FormState;
  /** Named on the forms that write to the complainant: what the message holds around the text. */
  complainantName: string;
  /** What "Preview" on a writing form showed; that form is open with it. */
  preview?: Previewed;
  /**
   * The fields chosen from a list rather than typed, by `action.field`: the staff who may handle for
   * "assign"; a field with a list is a select.
   */
  fieldChoices: Partial<Record<string, { value: string; label: string }[]>>;
  /** Staff's files waiting to go with the next message they write to the complainant (by e-mail). */
  outgoingFiles: string[];
  /** The reply templates in the complaint's language, to start a message from. */
  templates: readonly { id: number; title: string }[];
}

export const actionPath = (reference: string, name: ActionName) => `${PATHS.complaint(reference)}/actions/${name}`;

/** The hidden fields every form of a complaint's page carries: the CSRF token and the form's key. */
export function formBasics(a: ActionFormContext, suffix = ''): Html {
  return html`${csrfField(a.csrfToken)}<input type="hidden" name="_key" value="${a.formKey}${suffix}">`;
}

function field(ctx: PageContext, a: ActionFormContext, action: OfferedAction, f: ActionField, text: FieldText): Html {
  const name = action.name;
  const common = {
    ...filled(a.form, name, f.name),
    label: text.label,
    hint: text.hint,
    optional: f.required ? undefined : (text.requiredWhen ?? ctx.t.forms.optional),
  };
  switch (f.kind) {
    case 'choice': {
      const allowed = action.choices[f.name] ?? f.options;
      const options = f.options
        .filter((o) => allowed.includes(o))
        .map((value) => ({ value, label: text.options?.[value] ?? value }));
      return radios({ ...common, options });
    }
    case 'date':
      return input({ ...common, type: 'date', width: 'short' });
    case 'long':
      return textarea({ ...common, rows: 6 });
    default: {
      const choices = a.fieldChoices[`${name}.${f.name}`];
      return choices ? select({ ...common, options: choices, placeholder: ctx.t.forms.choose }) : input(common);
    }
  }
}

/** The messages staff write to the complainant: an e-mail of these carries the files waiting to go along. */
const WITH_FILES: readonly ActionName[] = ['reply-sent', 'send-message', 'written-confirmation'];

function actionForm(ctx: PageContext, a: ActionFormContext, action: OfferedAction): Html {
  const texts = ctx.t.actions[action.name] as {
    title: string;
    intro?: string;
    submit: string;
    fields: Record<string, FieldText>;
  };
  const returned = a.form?.form === action.name;
  const fields = actionFields(action.name).map((f) => field(ctx, a, action, f, texts.fields[f.name]));
  const warning = action.name === 'withdraw';
  const writes = isWritingAction(action.name);
  const preview = a.preview?.action === action.name ? a.preview : undefined;
  return html`<details class="action" id="${fieldId('action', action.name)}"${(returned || preview) && html` open`}>
  <summary><span class="action__title">${ruleLabel(texts.title)}</span></summary>
  <div class="action__body">
    ${texts.intro && html`<p class="hint">${texts.intro}</p>`}
    ${
      WITH_FILES.includes(action.name) &&
      a.outgoingFiles.length > 0 &&
      html`<p class="hint">${ctx.t.complaint.attachments.goesWith(a.outgoingFiles.join(', '))}</p>`
    }
    <form method="post" action="${actionPath(a.reference, action.name)}" class="form" novalidate>
      ${formBasics(a, `-${action.name}`)}
      ${writes && messageFrame(ctx, a.complainantName)}
      ${writes && templateChoice(ctx, action.name, a.templates, `${actionPath(a.reference, action.name)}/template`)}
      ${fields}
      ${preview && messagePreview(ctx, preview)}
      <div class="button-group">
        ${
          writes &&
          html`<button type="submit" class="button button--secondary" formaction="${actionPath(a.reference, action.name)}/preview">${ctx.t.complaint.preview.button}</button>`
        }
        <button type="submit" class="button${warning ? ' button--warning' : ''}">${texts.submit}</button>
      </div>
    </form>
  </div>
</details>`;
}

/**
 * Where each action stands on the page: the procedure's next steps first, the rarer ones after. "Send again"
 * is offered at the message it concerns, in the timeline. A new action must be given a place here.
 */
const POSITION: Record<Exclude<ActionName, 'resend-message'>, number> = {
  'callback-done': 1,
  'reply-sent': 2,
  close: 3,
  'written-confirmation': 4,
  'cannot-answer-in-time': 5,
  'send-message': 6,
  assign: 7,
  reopen: 8,
  withdraw: 9,
};

const positionOf = (name: ActionName) => (POSITION as Record<string, number>)[name];

export function actionsSection(ctx: PageContext, a: ActionFormContext, offered: OfferedAction[] | undefined): Html {
  const t = ctx.t.complaint;
  const shown = (offered ?? [])
    .filter((o) => positionOf(o.name) !== undefined)
    .sort((x, y) => positionOf(x.name) - positionOf(y.name));
  const body = !offered
    ? html`<p class="notice notice--warning">${t.actionsUnavailable}</p>`
    : shown.length
      ? html`<p class="hint">${t.actionsIntro}</p>
  ${shown.map((o) => actionForm(ctx, a, o))}`
      : html`<p class="empty">${t.noActions}</p>`;
  return html`<section class="panel" aria-labelledby="actions-title">
  <h2 id="actions-title">${t.actions}</h2>
  ${body}
</section>`;
}

/** "Send again" for a message that did not reach the complainant: the resend action, for this message. */
export function resendForm(ctx: PageContext, a: ActionFormContext, messageId: number): Html {
  return html`<form method="post" action="${actionPath(a.reference, 'resend-message')}" class="inline-form">
      ${formBasics(a, `-resend-${messageId}`)}
      <input type="hidden" name="messageId" value="${messageId}">
      <button type="submit" class="button button--secondary">${ctx.t.actions['resend-message'].submit}</button>
    </form>`;
}
