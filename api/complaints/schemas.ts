/**
 * What intake accepts, checked at the edge. The bodies of staff actions are defined with the actions
 * themselves (domain/actions.ts), where the workflow's validators parse them too.
 */
import { z } from 'zod';
import { line, localDateSchema, optionalEmail, optionalLine, optionalText, text } from '../../domain/actions';
import { CHANNELS, LANGUAGES, kindOf, type Channel } from '../../domain/channels';

/** A moment or a date (a letter's date of receipt); a date means the start of that day. */
const moment = z.union([z.iso.datetime({ offset: true }), localDateSchema], {
  message: 'moment',
});

/** What a complaint is, as intake staff and the public form both give it. */
export const complaintFields = {
  receivedAt: moment.optional(),
  complainant: z
    .object({
      name: line(200),
      email: optionalEmail,
      phone: optionalLine(50),
      /** Postal address, for replies by letter: several lines. */
      address: optionalText(500),
      language: z.enum(LANGUAGES).default('nl'),
    })
    .strict(),
  subject: line(200),
  description: text(20_000),
  /** R1: the service the complaint concerns, when known. */
  service: optionalLine(200),
};

/** R3/R9: a written complaint is answered in writing, so it needs a way to reach the complainant. */
export function answerable(channel: Channel, complainant: { email?: string; address?: string }): boolean {
  return kindOf(channel) === 'oral' || !!complainant.email || !!complainant.address;
}
// A function, not a shared object: zod rewrites the options object it is given.
export const unanswerable = () => ({ path: ['complainant'], message: 'written_route' });

/**
 * R7: an oral complaint not answered at once is called back, so staff need a way to reach the
 * complainant: a phone number, or else an e-mail or postal address.
 */
export function reachableForCallback(
  channel: Channel,
  answeredAtOnce: boolean,
  complainant: { phone?: string; email?: string; address?: string },
): boolean {
  return (
    kindOf(channel) !== 'oral' || answeredAtOnce || !!(complainant.phone || complainant.email || complainant.address)
  );
}
export const unreachable = () => ({ path: ['complainant'], message: 'callback_route' });

/** Staff intake (the actor comes from the caller's account). */
export const intakeSchema = z
  .object({
    channel: z.enum(CHANNELS),
    ...complaintFields,
    /** R7: an oral complaint answered at once by the authorised representative who registers it. */
    answeredAtOnce: z
      .object({ answer: text(20_000) })
      .strict()
      .optional(),
  })
  .strict()
  .refine((v) => !v.answeredAtOnce || kindOf(v.channel) === 'oral', {
    path: ['answeredAtOnce'],
    message: 'only_oral',
  })
  .refine((v) => answerable(v.channel, v.complainant), unanswerable())
  .refine((v) => reachableForCallback(v.channel, !!v.answeredAtOnce, v.complainant), unreachable());

export type IntakeBody = z.infer<typeof intakeSchema>;

export const noteSchema = z.object({ text: text(20_000) }).strict();

export const referenceSchema = z.string().regex(/^KL-\d{4}-\d{5,}$/, 'reference');
