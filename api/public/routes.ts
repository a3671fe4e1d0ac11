/**
 * The public side, without an account: a complainant files a written complaint (channel "web") and
 * follows it through a private status link. Rate-limited per client address.
 */
import express, { Router } from 'express';
import { z } from 'zod';
import { formatInstant } from '../../activities/format';
import { fileComplaint } from '../complaints/file-complaint';
import { answerable, complaintFields, unanswerable } from '../complaints/schemas';
import { idempotent } from '../idempotency';
import { complainantView } from './complainant-view';
import { rateLimit } from './rate-limit';
import { recordSatisfaction } from './satisfaction';
import { sendStatusLinkIfKnown, statusLinkRequestSchema } from './status-link-request';
import { statusPage, unknownLinkPage } from './status-page';
import { HttpError } from '../errors';
import type { AppDeps } from '../app';

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

export function publicApiRouter(deps: AppDeps): Router {
  const { db, client, config } = deps;
  const router = Router();

  router.post(
    '/complaints',
    rateLimit(db, 'public-intake', config.publicIntake),
    idempotent(db, deps.keys, config.idempotencyKeyTtlMs),
    async (req, res) => {
      const form = publicIntakeSchema.parse(req.body);
      const intake = { ...form, channel: 'web' as const, registeredBy: 'public' };
      const { complaint, statusToken, started } = await fileComplaint(db, client, intake, config.terms, {
        now: await deps.clock(),
        keys: deps.keys,
      });
      res.status(started ? 201 : 202).json({
        reference: complaint.reference,
        statusUrl: `${config.publicUrl}/status/${statusToken}`,
        receivedAt: complaint.receivedAt.toISOString(),
      });
    },
  );

  router.get('/status/:token', async (req, res) => {
    // What a complainant sees of their complaint: no cache may keep it.
    res.setHeader('Cache-Control', 'no-store').json(await complainantView(deps, req.params.token));
  });

  router.post('/status/:token/satisfaction', async (req, res) => {
    await recordSatisfaction(db, req.params.token, req.body, await deps.clock());
    res.json({ recorded: true });
  });

  /** The same answer whether or not reference and address belong together: it reveals nothing. */
  router.post('/status-link', rateLimit(db, 'status-link', config.publicIntake), async (req, res) => {
    statusLinkRequestSchema.parse(req.body);
    res.status(202).json({ message: LINK_REQUESTED });
    // After answering, so that how long the answer takes does not tell either.
    sendStatusLinkIfKnown(deps, req.body, await deps.clock()).catch((error: Error) =>
      console.warn(`status link request failed: ${error.message}`),
    );
  });

  return router;
}

const LINK_REQUESTED =
  'Als dit kenmerk en dit e-mailadres bij elkaar horen, sturen wij de link naar dat adres. / ' +
  'If this reference and this e-mail address belong together, we send the link to that address.';

/** GET /status/:token, the page the status link opens. */
export function statusPageRouter(deps: AppDeps): Router {
  const router = Router();
  router.get('/status/:token', async (req, res) => {
    res.type('html').setHeader('Cache-Control', 'no-store');
    const view = await complainantView(deps, req.params.token).catch((error: unknown) => {
      if (error instanceof HttpError && error.status === 404) return null;
      throw error;
    });
    if (!view) {
      res.status(404).send(unknownLinkPage(deps.config.organisationName));
      return;
    }
    const format = (iso: string) => formatInstant(iso, view.language, deps.config.terms.timeZone);
    res.send(statusPage(view, format, req.params.token));
  });

  // The satisfaction question as a plain form: it works without JavaScript, and lands on the page again.
  router.post(
    '/status/:token/satisfaction',
    express.urlencoded({ extended: false, limit: '10kb' }),
    async (req, res) => {
      await recordSatisfaction(deps.db, req.params.token, req.body, await deps.clock());
      res.redirect(303, `/status/${req.params.token}`);
    },
  );
  return router;
}
