/**
 * Staff actions on a running complaint: per action the body it takes (a zod schema, the source of its
 * type) and its documentation, beside its Update and roles in domain/workflow-messages.ts (one table each,
 * keyed by the same names: the compiler points at an action that misses either). The API validates and
 * routes from this table and the OpenAPI document is generated from it; the workflow checks the state
 * (domain/procedure-rules.ts), not the shape again.
 */
import { z } from 'zod';
import { REPLY_CHANNELS } from './channels';
import { STAFF_ID } from './roles';
import { ACTION_MESSAGES, type ActionName } from './workflow-messages';

export {
  ACTION_MESSAGES,
  ACTION_NAMES,
  TASK_QUEUE,
  contactChangedSignal,
  statusQuery,
  updateOf,
  type ActionName,
} from './workflow-messages';

// Control characters (Unicode's Cc: U+0000–U+001F, U+007F–U+009F) break letters, mail headers and logs;
// line breaks and tabs only where text has lines. Written as plain ranges, not \p{Cc}: the OpenAPI document
// carries these patterns, and most JSON Schema tools (fuzzers, generators) know no Unicode property escapes.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ONE_LINE = /^[^\x00-\x1F\x7F-\x9F]*$/;
// eslint-disable-next-line no-control-regex -- as above, less tab, line feed and carriage return
const LINES = /^[^\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]*$/;
const NO_CONTROL = 'control_characters';

const trimmed = (max: number, allowed: RegExp) => z.string().trim().max(max).regex(allowed, NO_CONTROL);

/** A line of text, required. */
export const line = (max: number) => trimmed(max, ONE_LINE).min(1, 'required');
/** Text of several lines, required. */
export const text = (max: number) => trimmed(max, LINES).min(1, 'required');
/** An optional line or text: left empty is the same as left out, as a web form sends it. */
export const optionalLine = (max: number) =>
  trimmed(max, ONE_LINE)
    .optional()
    .transform((v) => v || undefined);
export const optionalText = (max: number) =>
  trimmed(max, LINES)
    .optional()
    .transform((v) => v || undefined);
export const optionalEmail = z
  .union([z.literal(''), z.email()])
  .optional()
  .transform((v) => v || undefined);
export const localDateSchema = z.iso.date({ message: 'date' });

/** Who acts: every action is on record with its actor, taken from the caller's account. */
export const actorSchema = z.object({ by: line(200) });
export type Actor = z.infer<typeof actorSchema>;

interface ActionSpec<Body extends z.ZodObject> {
  body: Body;
  /** One line in the API's list of operations, naming the rule it serves. */
  summary: string;
  description: string;
}

function action<Body extends z.ZodObject>(spec: ActionSpec<Body>) {
  return spec;
}

export const ACTIONS = {
  'callback-done': action({
    body: z.object({ outcome: z.enum(['resolved', 'needs_handling']), answer: text(20_000) }).strict(),
    summary: 'The callback took place (R7)',
    description: '`resolved` records the oral answer, `needs_handling` starts the 14-day term.',
  }),
  'written-confirmation': action({
    body: z.object({ channel: z.enum(['email', 'letter']) }).strict(),
    summary: 'Confirm an oral answer in writing (R8)',
    description: 'Sends a written confirmation of the oral answer (e-mail or printable letter), once.',
  }),
  'cannot-answer-in-time': action({
    body: z.object({ way: text(5_000), expectedBy: localDateSchema }).strict(),
    summary: 'Acknowledge now with way and expected date (R3, R10)',
    description:
      'Sends the acknowledgement now, with the way and expected date of handling; the date is then watched (R4). ' +
      'A later call changes the promise and tells the complainant the new date.',
  }),
  'reply-sent': action({
    body: z.object({ channel: z.enum(REPLY_CHANNELS), text: optionalText(50_000) }).strict(),
    summary: 'The official reply (R9)',
    description:
      '`email` and `letter` are sent/prepared by the product (give `text`); `elsewhere` only records it. Stops the clock. ' +
      'Repeating the same reply changes nothing; a different one is refused (409), because it would not be sent.',
  }),
  close: action({
    body: z
      .object({
        resolution: text(5_000),
        correctiveAction: optionalText(5_000),
        category: line(100),
        cause: line(100),
      })
      .strict(),
    summary: 'Close with resolution, repair, category and cause (R5, R6)',
    description: 'Closes an answered complaint.',
  }),
  withdraw: action({
    body: z.object({ reason: optionalText(5_000) }).strict(),
    summary: 'The complainant withdrew',
    description: 'All deadlines stop.',
  }),
  reopen: action({
    body: z.object({ reason: text(5_000) }).strict(),
    summary: 'Reopen a closed complaint (R4): the complainant disagrees with the outcome',
    description:
      'Back into handling under a new reply term (REOPEN_REPLY_TERM_DAYS), watched as a promised date; the complainant is told. ' +
      'Possible within REOPEN_WINDOW after closing.',
  }),
  'send-message': action({
    body: z
      .object({
        channel: z.enum(['email', 'letter']).optional(),
        subject: optionalLine(200),
        text: text(50_000),
      })
      .strict(),
    summary: 'Send the complainant an interim or follow-up message (R4)',
    description:
      'By e-mail or as a letter to post; without `channel`, by e-mail when the complainant has an address. At any open phase; it does not stop the clock.',
  }),
  'resend-message': action({
    body: z.object({ messageId: z.number().int().positive() }).strict(),
    summary: 'Send a message that did not reach the complainant again, to the corrected address',
    description:
      'For a message to the complainant that was never sent (the mail server refused the old address, or was down).',
  }),
  assign: action({
    // One staff account or one e-mail address: never a list, never a header break.
    body: z
      .object({
        handler: z.union([z.email().toLowerCase(), z.string().regex(STAFF_ID)], {
          message: 'handler',
        }),
      })
      .strict(),
    summary: 'Assign a handler',
    description:
      'An enabled account with the role handler or manager (another: 400 `not_handler`), or an outside e-mail address. ' +
      "Reminders go to the assigned account's e-mail address, to the address itself for a handler named by " +
      'e-mail address, else to the complaints desk.',
  }),
} satisfies Record<ActionName, ActionSpec<z.ZodObject>>;

/** The roles that may take action `name` (domain/workflow-messages.ts). */
export const rolesOf = (name: ActionName) => ACTION_MESSAGES[name].roles;

/** What an action's Update carries: its body as the API parsed it, and who acts. */
export type ActionInput<A extends ActionName> = z.input<(typeof ACTIONS)[A]['body']> & Actor;
