/**
 * The form of each staff action, read from its body's schema in the table of actions (domain/actions.ts),
 * so a new action or field gets its form without another list to keep: a choice becomes radios, a date a
 * date field, a long text a text area. Only the words are added, per language (i18n: `actions`), and the
 * compiler asks for a label for every field of every action.
 */
import { z } from 'zod';
import { ACTIONS, type ActionName } from '../domain/actions';

export interface ActionField {
  name: string;
  kind: 'choice' | 'date' | 'long' | 'line' | 'number';
  required: boolean;
  /** A choice's values, in the schema's order. */
  options: string[];
}

export interface FieldText {
  label: string;
  hint?: string;
  /** A choice's options in words, by value. */
  options?: Record<string, string>;
  /**
   * A field the schema leaves out but a choice asks for (the reply's text for an e-mail or a letter): what
   * its label says instead of "optional", e.g. "(verplicht bij e-mail en brief)".
   */
  requiredWhen?: string;
}

type FieldsOf<A extends ActionName> = Extract<keyof z.input<(typeof ACTIONS)[A]['body']>, string>;

/** The words of each action's form: its title, what it does, its button, what it says when done, its fields. */
export type ActionTexts = {
  [A in ActionName]: {
    title: string;
    intro?: string;
    submit: string;
    done: string;
    fields: Record<FieldsOf<A>, FieldText>;
  };
};

interface JsonField {
  type?: string;
  enum?: string[];
  format?: string;
  maxLength?: number;
}

// Texts allowed to be longer than a line (an answer, a reply) get a text area.
const LONGEST_LINE = 200;

function kindOf(field: JsonField): ActionField['kind'] {
  if (field.enum) return 'choice';
  if (field.format === 'date') return 'date';
  if (field.type === 'integer' || field.type === 'number') return 'number';
  return (field.maxLength ?? 0) > LONGEST_LINE ? 'long' : 'line';
}

const FIELDS = new Map<ActionName, ActionField[]>();

export function actionFields(name: ActionName): ActionField[] {
  let fields = FIELDS.get(name);
  if (!fields) {
    const schema = z.toJSONSchema(ACTIONS[name].body, { io: 'input', unrepresentable: 'any' }) as {
      properties?: Record<string, JsonField>;
      required?: string[];
    };
    fields = Object.entries(schema.properties ?? {}).map(([field, spec]) => ({
      name: field,
      kind: kindOf(spec),
      required: (schema.required ?? []).includes(field),
      options: spec.enum ?? [],
    }));
    FIELDS.set(name, fields);
  }
  return fields;
}

/**
 * The action's body from a posted form: its own fields only, a number as a number, an optional field
 * left empty left out. The action's schema then judges it as it judges the JSON API's bodies.
 */
export function actionBody(name: ActionName, form: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of actionFields(name)) {
    const value = form[field.name];
    if (typeof value !== 'string') continue;
    if (value.trim() === '' && !field.required) continue;
    body[field.name] = field.kind === 'number' && value.trim() !== '' ? Number(value) : value;
  }
  return body;
}
