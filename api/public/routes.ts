/**
 * The public side's JSON, without an account: a complainant files a written complaint (channel "web") and
 * follows it through a private status link. Rate-limited per client address. The same for people, as
 * pages: api/web/public.ts.
 */
import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import type { Config } from '../../infra/config';
import type { Database } from '../../infra/database';
import { unseal } from '../../infra/sealed';
import { fileComplaint } from '../complaints/file-complaint';
import { answerable, complaintFields, unanswerable } from '../complaints/schemas';
import { idempotent } from '../idempotency';
import { complainantView } from './complainant-view';
import { rateLimit } from './rate-limit';
import { recordSatisfaction } from './satisfaction';
import { sendStatusLinkIfKnown, statusLinkRequestSchema } from './status-link-request';
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
  intake: RequestHandler;
  statusLink: RequestHandler;
}

export function publicLimits(db: Database, config: Config): PublicLimits {
  // Named limits, counted in the register: the JSON form and the HTML form share one count per address.
  return {
    intake: rateLimit(db, 'public-intake', config.publicIntake),
    statusLink: rateLimit(db, 'status-link', config.publicIntake),
  };
}

/**
 * A complaint from the web form, for POST /api/public/complaints and the HTML form at /klacht. With an
 * intake key (the HTML form's own) a repeat finds the complaint it registered, and the link sealed with it.
 */
export async function filePublic(deps: AppDeps, body: unknown, intakeKey?: string) {
  const form = publicIntakeSchema.parse(body);
  const intake = { ...form, channel: 'web' as const, registeredBy: 'public' };
  const filed = await fileComplaint(deps.db, deps.client, intake, deps.config.terms, {
    intakeKey,
    now: await deps.clock(),
    keys: deps.keys,
  });
  const sealed = filed.complaint.statusTokenSealed;
  const statusToken = filed.statusToken ?? (sealed ? unseal(deps.keys, sealed, 'status-token') : undefined);
  return { ...filed, statusToken };
}

export function publicApiRouter(deps: AppDeps, limits: PublicLimits): Router {
  const { db, config } = deps;
  const router = Router();

  router.post('/complaints', limits.intake, idempotent(db, deps.keys, config.idempotencyKeyTtlMs), async (req, res) => {
    const { complaint, statusToken, started } = await filePublic(deps, req.body);
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
  router.post('/status-link', limits.statusLink, async (req, res) => {
    statusLinkRequestSchema.parse(req.body);
    res.status(202).json({ message: LINK_REQUESTED });
    // After answering, so that how long the answer takes does not tell either.
    requestStatusLink(deps, req.body);
  });

  return router;
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
