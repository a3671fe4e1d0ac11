/**
 * The public side, without an account: a complainant files a written complaint (channel "web") and
 * follows it through a private status link. Rate-limited per client address.
 */
import { Router } from 'express';
import type { Client } from '@temporalio/client';
import { z } from 'zod';
import { formatInstant } from '../../activities/format';
import type { Config } from '../../infra/config';
import type { Database } from '../../infra/database';
import { fileComplaint } from '../complaints/file-complaint';
import { complaintFields } from '../complaints/schemas';
import { idempotent } from '../idempotency';
import { complainantView } from './complainant-view';
import { rateLimit } from './rate-limit';
import { statusPage } from './status-page';

/** The web form: what the complainant tells; received now, by the web channel. */
export const publicIntakeSchema = z
  .object({
    complainant: complaintFields.complainant,
    subject: complaintFields.subject,
    description: complaintFields.description,
    service: complaintFields.service,
  })
  .strict();

type Deps = { db: Database; client: Client; config: Config };

export function publicApiRouter(deps: Deps): Router {
  const { db, client, config } = deps;
  const router = Router();

  router.post(
    '/complaints',
    rateLimit(config.publicIntake),
    idempotent(db, config.idempotencyKeyTtlMs),
    async (req, res) => {
      const form = publicIntakeSchema.parse(req.body);
      const intake = { ...form, channel: 'web' as const, registeredBy: 'public' };
      const { complaint: row, statusToken } = await fileComplaint(db, client, intake, config.terms);
      res.status(201).json({
        reference: row.reference,
        statusUrl: `${config.publicUrl}/status/${statusToken}`,
        receivedAt: row.receivedAt.toISOString(),
      });
    },
  );

  router.get('/status/:token', async (req, res) => {
    res.json(await complainantView(deps, req.params.token));
  });

  return router;
}

/** GET /status/:token, the page the status link opens. */
export function statusPageRouter(deps: Deps): Router {
  const router = Router();
  router.get('/status/:token', async (req, res) => {
    const view = await complainantView(deps, req.params.token);
    const format = (iso: string) => formatInstant(iso, view.language, deps.config.terms.timeZone);
    res.type('html').setHeader('Cache-Control', 'no-store').send(statusPage(view, format));
  });
  return router;
}
