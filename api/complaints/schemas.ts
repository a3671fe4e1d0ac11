/**
 * What the API accepts, checked at the edge. Each schema is checked against the shared domain types
 * (the `satisfies` lines), so the API cannot accept what the workflow does not understand.
 */
import { z } from 'zod';
import type {
  Assign,
  CallbackDone,
  CannotAnswerInTime,
  CloseComplaint,
  ReplySent,
  Withdraw,
  WrittenConfirmationRequest,
} from '../../domain/actions';
import { CHANNELS, LANGUAGES, REPLY_CHANNELS } from '../../domain/channels';

export const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
const localDate = z.iso.date({ message: 'must be a date as YYYY-MM-DD' });

/** A moment or a date (a letter's date of receipt); a date means the start of that day. */
const moment = z.union([z.iso.datetime({ offset: true }), localDate], {
  message: 'must be an ISO date (YYYY-MM-DD) or date-time with time zone',
});

/** What a complaint is, as intake staff and the public form both give it. */
export const complaintFields = {
  receivedAt: moment.optional(),
  complainant: z
    .object({
      name: text(200),
      email: z.email().optional(),
      phone: z.string().trim().max(50).optional(),
      /** Postal address, for replies by letter. */
      address: z.string().trim().max(500).optional(),
      language: z.enum(LANGUAGES).default('nl'),
    })
    .strict(),
  subject: text(200),
  description: text(20_000),
  /** R1: the service the complaint concerns, when known. */
  service: z.string().trim().max(200).optional(),
};

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
  .refine((v) => !v.answeredAtOnce || v.channel === 'phone' || v.channel === 'in_person', {
    path: ['answeredAtOnce'],
    message: 'only an oral complaint (phone, in_person) can be answered at once',
  });

export type IntakeBody = z.infer<typeof intakeSchema>;

type Body<A> = Omit<A, 'by'>;

/** Staff actions' bodies; who acts comes from the caller's account. */
export const actionSchemas = {
  'callback-done': z
    .object({ outcome: z.enum(['resolved', 'needs_handling']), answer: text(20_000) })
    .strict() satisfies z.ZodType<Body<CallbackDone>>,
  'written-confirmation': z.object({ channel: z.enum(['email', 'letter']) }).strict() satisfies z.ZodType<
    Body<WrittenConfirmationRequest>
  >,
  'cannot-answer-in-time': z.object({ way: text(5_000), expectedBy: localDate }).strict() satisfies z.ZodType<
    Body<CannotAnswerInTime>
  >,
  'reply-sent': z
    .object({ channel: z.enum(REPLY_CHANNELS), text: text(50_000).optional() })
    .strict() satisfies z.ZodType<Body<ReplySent>>,
  close: z
    .object({
      resolution: text(5_000),
      correctiveAction: text(5_000).optional(),
      category: text(100),
      cause: text(100),
    })
    .strict() satisfies z.ZodType<Body<CloseComplaint>>,
  withdraw: z.object({ reason: text(5_000).optional() }).strict() satisfies z.ZodType<Body<Withdraw>>,
  assign: z.object({ handler: text(200) }).strict() satisfies z.ZodType<Body<Assign>>,
};

export type ActionName = keyof typeof actionSchemas;

export const noteSchema = z.object({ text: text(20_000) }).strict();

export const referenceSchema = z.string().regex(/^KL-\d{4}-\d{5,}$/, 'must be a reference like KL-2026-00042');
