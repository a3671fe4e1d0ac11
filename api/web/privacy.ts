/**
 * /app/privacy (AVG/GDPR, operators): the page of web/pages/privacy.ts on the same functions as the JSON
 * API (api/privacy/): the search lists what subjectAccess finds, the downloads are the API's files under
 * the session, and the erasure form posts to eraseComplaint and answers with a redirect.
 */
import { Router } from 'express';
import { subjectAccess } from '../../privacy/subject-access';
import { requirePermission } from '../auth/authenticate';
import type { AppDeps } from '../deps';
import { erasureSchema, eraseComplaint } from '../privacy/erase';
import { problem, problemsOf } from '../../domain/problems';
import { accessQuerySchema, privacyFilesRouter } from '../privacy/routes';
import { referenceSchema } from '../complaints/schemas';
import { badRequest } from '../errors';
import { PATHS } from '../../web/layout';
import { ACCESS_FORM, ERASURE_FORM, privacyPage, type PrivacyView } from '../../web/pages/privacy';
import { pageContext } from './context';
import { formFailure, formState } from './form-problems';

const text = (v: unknown) => (typeof v === 'string' ? v : '');

export function privacyPageRouter(deps: AppDeps): Router {
  const router = Router();
  // The retention period as the page says it: "2 jaar", "2 years".
  const retentionYears = (lang: string) => {
    const n = Math.round((deps.config.retention.afterClosingMs / (365 * 86_400_000)) * 10) / 10;
    return lang === 'nl' ? `${String(n).replace('.', ',')} jaar` : `${n} years`;
  };

  router.get('/privacy', async (req, res) => {
    requirePermission(res, 'privacy.access');
    const ctx = pageContext(req, res, deps.config);
    const t = ctx.t.privacy;
    const view: PrivacyView = { retentionYears: retentionYears(ctx.lang) };
    const erased = referenceSchema.safeParse(req.query.erased);
    if (erased.success) view.erased = { reference: erased.data, withdrawn: req.query.withdrawn === '1' };
    const asked = { email: text(req.query.email), reference: text(req.query.reference) };
    if (asked.email || asked.reference) {
      try {
        const query = accessQuerySchema.parse(asked);
        const access = await subjectAccess(deps.db, query, await deps.clock());
        view.query = asked;
        view.found = access.complaints.map((c) => ({
          reference: c.reference,
          receivedAt: new Date(c.receivedAt),
          status: c.status,
          anonymisedAt: c.anonymisedAt ? new Date(c.anonymisedAt) : undefined,
        }));
        view.downloads = new URLSearchParams(
          Object.entries(query).filter(([, v]) => v) as [string, string][],
        ).toString();
      } catch (error) {
        const failure = formFailure(error);
        if (!failure) throw error;
        view.form = formState(ctx.t, ACCESS_FORM, asked, failure, { email: t.email, reference: t.reference });
        return res.status(400).type('html').send(privacyPage(ctx, view));
      }
    }
    res.type('html').send(privacyPage(ctx, view));
  });

  router.post('/privacy/erase', async (req, res) => {
    const staff = requirePermission(res, 'privacy.erase');
    const body = req.body as Record<string, unknown>;
    try {
      const given = { reference: text(body.reference), reason: text(body.reason) };
      // The confirmation is the page's own question (the API's callers confirm by calling), asked with the rest.
      const checked = erasureSchema.safeParse(given);
      const problems = [
        ...(checked.success ? [] : problemsOf(checked.error)),
        ...(body.confirm === 'yes' ? [] : [problem('confirm', 'confirm')]),
      ];
      if (problems.length) throw badRequest(problems);
      const erasure = await eraseComplaint(deps, staff, given);
      res.redirect(303, `${PATHS.privacy}?erased=${erasure.reference}${erasure.withdrawn ? '&withdrawn=1' : ''}`);
    } catch (error) {
      const failure = formFailure(error);
      if (!failure) throw error;
      const ctx = pageContext(req, res, deps.config);
      const t = ctx.t.privacy;
      const form = formState(ctx.t, ERASURE_FORM, body, failure, {
        reference: t.reference,
        reason: t.reason,
        confirm: t.confirm,
      });
      form.problems = form.problems.map((p) => (p.field === 'confirm' ? { ...p, message: t.confirmMissing } : p));
      res
        .status(failure.status)
        .type('html')
        .send(privacyPage(ctx, { retentionYears: retentionYears(ctx.lang), form }));
    }
  });

  router.use('/privacy', privacyFilesRouter(deps));
  return router;
}
