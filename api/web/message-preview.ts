/**
 * Issue 19 item 4: "Voorbeeld" on a form that writes to the complainant shows the message exactly as it
 * will go, made by the composer that sends it (activities/complainant-letter.ts) from the register row as
 * the sending activity reads it: greeting, the staff's text, the status link (as words: staff pages never
 * hold the working link), signature with the organisation's contact details, the reference.
 */
import { complainantLetter } from '../../activities/complainant-letter';
import { addresseeOf, letterSubjectOf } from '../../activities/complainant-message';
import { ACTIONS } from '../../domain/actions';
import type { ComplainantMessage } from '../../domain/notifications';
import { problem } from '../../domain/problems';
import { actionBody } from '../../web/action-forms';
import { WRITING_ACTIONS, type MessagePreview, type WritingAction } from '../../web/pages/message-preview';
import type { AppDeps } from '../deps';
import { badRequest, notFound } from '../errors';

/** The message the form would send; undefined when it sends none (a reply given elsewhere). */
export async function previewMessage(
  deps: Pick<AppDeps, 'db' | 'config'>,
  reference: string,
  name: WritingAction,
  form: Record<string, unknown>,
): Promise<MessagePreview | undefined> {
  const body = ACTIONS[name].body.parse(actionBody(name, form)) as {
    channel?: 'email' | 'letter' | 'elsewhere';
    subject?: string;
    text?: string;
  };
  if (body.channel === 'elsewhere') return undefined;
  // A reply's text may be left out only when it went elsewhere; the action says so when sent, the preview now.
  if (!body.text) throw badRequest([problem('text', 'required')]);
  const row = await deps.db.complaint.findUnique({ where: { reference } });
  if (!row) throw notFound(`complaint ${reference}`);
  const message: ComplainantMessage = {
    key: `${reference}/preview`,
    reference,
    purpose: WRITING_ACTIONS[name],
    channel: body.channel,
    subject: body.subject,
    text: body.text,
  };
  const { config } = deps;
  const sender = { organisation: config.organisationName, contact: config.organisationContact };
  const letter = complainantLetter(message, letterSubjectOf(row), sender, config.terms.timeZone);
  const { channel, recipient } = addresseeOf(row, body.channel);
  return { action: name, channel, recipient, ...letter };
}
