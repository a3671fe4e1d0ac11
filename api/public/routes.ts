/**
 * The public side's JSON, without an account: a complainant files a written complaint (channel "web") and
 * follows it through a private status link. Rate-limited per client (an address, an IPv6 /64), counting
 * what was accepted. The same for people, as pages: api/web/public.ts.
 */
import { Router } from 'express';
import { z } from 'zod';
import type { Config } from '../../infra/config';
import type { Database } from '../../infra/database';
import { unseal } from '../../infra/sealed';
import { fileComplaint } from '../complaints/file-complaint';
import type { ComplaintRow } from '../complaints/register';
import { answerable, complaintFields, unanswerable } from '../complaints/schemas';
import { badRequest, refused } from '../errors';
import { problemsOf, type FieldProblem } from '../../domain/problems';
import { listValue } from '../lists/list-values';
import { idempotent } from '../idempotency';
import { complainantView } from './complainant-view';
import { ATTEMPTS_PER_REFERENCE, type CodeLimits } from './status-code';
import { rateLimit, type RateLimit } from './rate-limit';
import { recordSatisfaction } from './satisfaction';
import { sendStatusLinkIfKnown, statusLinkRequestSchema, sendStatusLetterIfKnown } from './status-link-request';
import type { AppDeps } from '../deps';

/** The web form: what the complainant tells; received now, by the web channel. */
export const publicIntakeSchema = z
  .object({
    complainant: complaintFields.complainant,
    subject: complaintFields.subject,
    description: complaintFields.description,
    service: complaintFields.service,
  })
  .strict()
  .refine((v) => answerable('web', v.complainant), unanswerable());

/** The public form's two limits, shared by its JSON and its HTML side, so one cannot add to the other. */
export interface PublicLimits {
  intake: RateLimit;
  statusLink: RateLimit;
  /** Issue 19 item 7: reference and code from a letter, per client and per reference. */
  statusCode: CodeLimits;
}

export function publicLimits(db: Database, config: Config): PublicLimits {
  // Named limits, counted in the register: the JSON form and the HTML form share one count per client.
  return {
    intake: rateLimit(db, 'public-intake', config.publicIntake, 'complaints'),
    statusLink: rateLimit(db, 'status-link', config.publicIntake, 'requests'),
    statusCode: {
      perClient: rateLimit(db, 'status-code', config.publicIntake, 'requests'),
      perReference: rateLimit(db, 'status-code-reference', ATTEMPTS_PER_REFERENCE, 'requests'),
    },
  };
}

type PublicIntake = z.infer<typeof publicIntakeSchema>;

/** The form's own problems, for a page that names them together with others (its files'). */
export function publicIntakeProblems(body: unknown): FieldProblem[] {
  const checked = publicIntakeSchema.safeParse(body);
  return checked.success ? [] : problemsOf(checked.error);
}

/** Whether the complaint on record is the one this form tells (as the schema left it: trimmed, empty = none). */
function sameComplaint(row: ComplaintRow, form: PublicIntake): boolean {
  const { complainant: c } = form;
  return (
    row.subject === form.subject &&
    row.description === form.description &&
    row.service === (form.service ?? null) &&
    row.complainantName === c.name &&
    row.complainantEmail === (c.email ?? null) &&
    row.complainantPhone === (c.phone ?? null) &&
    row.complainantAddress === (c.address ?? null) &&
    row.language === c.language
  );
}

/**
 * A complaint from the web form, for POST /api/public/complaints and the HTML form at /klacht. It is
 * checked first, then counted against the client's limit (`count`), then registered. With an intake key
 * (the HTML form's own, bound to the browser that got the form: api/web/public-form-token.ts) a repeat
 * of the same complaint finds the one it registered, its link, and is not counted again; the key with
 * another complaint is refused (409), so that a key never leads anyone to a complaint they did not send.
 */
export async function filePublic(
  deps: AppDeps,
  body: unknown,
  count: () => Promise<void>,
  intakeKey?: string,
): Promise<{ complaint: ComplaintRow; statusToken: string; started: boolean; registered: boolean }> {
  const parsed = publicIntakeSchema.parse(body);
  const service = await listValue(deps.db, 'service', parsed.service);
  if (service.problem) throw badRequest([service.problem]);
  const form = { ...parsed, service: service.value };
  const earlier = intakeKey ? await deps.db.complaint.findUnique({ where: { intakeKey } }) : null;
  if (earlier && !sameComplaint(earlier, form)) throw refused(409, 'form_sent_before');
  if (!earlier) await count();
  const intake = { ...form, channel: 'web' as const, registeredBy: 'public' };
  const filed = await fileComplaint(deps.db, deps.client, intake, deps.config.terms, {
    intakeKey,
    now: await deps.clock(),
    keys: deps.keys,
  });
  // Two posts of one form at once: the one that lost the race found the winner's complaint.
  if (!filed.statusToken && !sameComplaint(filed.complaint, form)) throw refused(409, 'form_sent_before');
  const statusToken = filed.statusToken ?? unseal(deps.keys, filed.complaint.statusTokenSealed!, 'status-token');
  return { ...filed, statusToken, registered: filed.statusToken !== undefined };
}

export function publicApiRouter(deps: AppDeps, limits: PublicLimits): Router {
  const { db, config } = deps;
  const router = Router();

  // A repeat with the same Idempotency-Key is answered by idempotent() from before: it is not counted again.
  router.post('/complaints', idempotent(db, deps.keys, config.idempotencyKeyTtlMs), async (req, res) => {
    const { complaint, statusToken, started } = await filePublic(deps, req.body, () => limits.intake.take(req));
    res.status(started ? 201 : 202).json({
      reference: complaint.reference,
      statusUrl: `${config.publicUrl}/status/${statusToken}`,
      receivedAt: complaint.receivedAt.toISOString(),
    });
  });

  router.get('/status/:token', async (req, res) => {
    // What a complainant sees of their complaint: no cache may keep it.
    res.setHeader('Cache-Control', 'no-store').json(await complainantView(deps, req.params.token));
  });

  router.post('/status/:token/satisfaction', async (req, res) => {
    await recordSatisfaction(db, req.params.token, req.body, await deps.clock());
    res.json({ recorded: true });
  });

  /** The same answer whether or not reference and address belong together: it reveals nothing. */
  router.post('/status-link', async (req, res) => {
    statusLinkRequestSchema.parse(req.body);
    await limits.statusLink.take(req);
    res.status(202).json({ message: LINK_REQUESTED });
    // After answering, so that how long the answer takes does not tell either.
    requestStatusLink(deps, req.body);
  });

  return router;
}

/** Issue 19 item 7: the code by post if reference and postcode belong together; in the background, as below. */
export function requestStatusLetter(deps: AppDeps, body: unknown): void {
  deps
    .clock()
    .then((now) => sendStatusLetterIfKnown(deps, body, now))
    .catch((error: Error) => console.warn(`status letter request failed: ${error.message}`));
}

/** Sends the link if reference and address belong together; in the background, so the timing tells nothing. */
export function requestStatusLink(deps: AppDeps, body: unknown): void {
  deps
    .clock()
    .then((now) => sendStatusLinkIfKnown(deps, body, now))
    .catch((error: Error) => console.warn(`status link request failed: ${error.message}`));
}

const LINK_REQUESTED =
  'Als dit kenmerk en dit e-mailadres bij elkaar horen, sturen wij de link naar dat adres. / ' +
  'If this reference and this e-mail address belong together, we send the link to that address.';
