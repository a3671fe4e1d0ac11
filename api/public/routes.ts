/**
 * The public side, without an account: a complainant files a written complaint (channel "web") and
 * follows it through a private status link. Rate-limited per client address.
 */
import { Router } from 'express';
import { z } from 'zod';
import { formatInstant } from '../../activities/format';
import { fileComplaint } from '../complaints/file-complaint';
import { answerable, complaintFields, UNANSWERABLE } from '../complaints/schemas';
import { idempotent } from '../idempotency';
import { complainantView } from './complainant-view';
import { rateLimit } from './rate-limit';
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
  .refine((v) => answerable('web', v.complainant), UNANSWERABLE);

export function publicApiRouter(deps: AppDeps): Router {
  const { db, client, config } = deps;
  const router = Router();

  router.post(
    '/complaints',
    rateLimit(config.publicIntake),
    idempotent(db, deps.keys, config.idempotencyKeyTtlMs),
    async (req, res) => {
      const form = publicIntakeSchema.parse(req.body);
      const intake = { ...form, channel: 'web' as const, registeredBy: 'public' };
      const { complaint, statusToken, started } = await fileComplaint(db, client, intake, config.terms, {
        now: await deps.clock(),
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

  return router;
}

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
    res.send(statusPage(view, format));
  });
  return router;
}
