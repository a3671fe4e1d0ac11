/**
 * The complainant's pages, without an account: the complaint form (/klacht), the status page behind the
 * private link (/status/:token) with its satisfaction question, and "lost your link?" (/status). Each
 * calls what the public JSON API calls (filePublic, complainantView, recordSatisfaction, the status link
 * request) under the same rate limits. There is no session, but every form takes posts from our own
 * pages only (cross-site.ts) and carries a token of its own (public-form-token.ts), to which the
 * complaint form's intake key is bound.
 */
import { Router, type ErrorRequestHandler, type Request, type Response } from 'express';
import { ZodError } from 'zod';
import type { AppDeps } from '../deps';
import type { SessionStore } from '../auth/sessions';
import { toHttpError } from '../errors';
import { complainantView } from '../public/complainant-view';
import { filePublic, requestStatusLink, type PublicLimits } from '../public/routes';
import { HttpError } from '../errors';
import { recordSatisfaction } from '../public/satisfaction';
import { statusLinkRequestSchema } from '../public/status-link-request';
import type { FormState } from '../../web/forms';
import type { WebLanguage } from '../../web/i18n';
import { PATHS, type PageContext } from '../../web/layout';
import { LOST_LINK_FORM, lostLinkPage, publicMessagePage, unknownLinkPage } from '../../web/pages/lost-link';
import { PUBLIC_FORM, publicFormLabels, publicFormPage } from '../../web/pages/public-form';
import { SATISFACTION_FORM, statusPage } from '../../web/pages/status';
import { newFormKey } from './complaint-view';
import { chosenLanguage, pageContext, webContext } from './context';
import { CrossSitePost, fromOwnPagesOnly } from './cross-site';
import { FormExpired } from './csrf';
import { formBody } from './form-body';
import { complainantFields, given, text } from './intake-fields';
import { formFailure, formState } from './form-problems';
import { boundIntakeKey, postedFormToken, publicFormToken } from './public-form-token';

const KEY = /^[A-Za-z0-9_-]{24}$/;

export function publicPagesRouter(deps: AppDeps, sessions: SessionStore, limits: PublicLimits): Router {
  const { config } = deps;
  const router = Router();
  const asPage = [...formBody(), webContext(sessions)];
  const posted = [...asPage, fromOwnPagesOnly(config.publicUrl)];
  /** The short forms (lost link, satisfaction): without this browser's form token, "reload the page". */
  const withFormToken = (req: Request) => {
    if (!postedFormToken(req)) throw new FormExpired();
  };
  /** A complainant's page: never the staff header, whoever is signed in on this browser. */
  const context = (req: Request, res: Response, language?: WebLanguage): PageContext => ({
    ...pageContext(req, res, config, language),
    staff: undefined,
  });

  const formPage = (req: Request, res: Response, status: number, intakeKey: string, form?: FormState) =>
    res
      .status(status)
      .type('html')
      .send(
        publicFormPage(context(req, res), {
          intakeKey,
          formToken: publicFormToken(req, res),
          form,
          replyTermDays: config.terms.replyTermDays,
        }),
      );

  router.get(PATHS.publicForm, ...asPage, (req, res) => formPage(req, res, 200, newFormKey()));

  router.post(PATHS.publicForm, ...posted, async (req, res) => {
    const form = (req.body ?? {}) as Record<string, unknown>;
    const key = typeof form.intakeKey === 'string' && KEY.test(form.intakeKey) ? form.intakeKey : undefined;
    const body = {
      subject: text(form.subject) ?? '',
      description: text(form.description) ?? '',
      service: given(form.service),
      complainant: complainantFields(form, context(req, res).lang),
    };
    try {
      // Without this browser's form token the form is not ours (or its cookie is gone): nothing is done,
      // and the page comes back with what was typed, to be sent again.
      const formToken = postedFormToken(req);
      if (!formToken) throw new HttpError(403, FORM_EXPIRED);
      const count = () => limits.intake.take(req);
      const { statusToken } = await filePublic(deps, body, count, key && boundIntakeKey(formToken, key));
      res.redirect(303, `${PATHS.status(statusToken)}?filed=1`);
    } catch (error) {
      const failure = publicFormFailure(error);
      if (!failure) throw error;
      const ctx = context(req, res);
      const state = formState(ctx.t, PUBLIC_FORM, form, failure, publicFormLabels(ctx), {
        complainant: 'complainant.email',
      });
      if (failure.retryAfter) res.setHeader('Retry-After', String(failure.retryAfter));
      // A key that registered another complaint is not given back: sent again, this form is a complaint of its own.
      formPage(req, res, failure.status, failure.status === 409 || !key ? newFormKey() : key, state);
    }
  });

  const lostPage = (
    req: Request,
    res: Response,
    status: number,
    view: Omit<Parameters<typeof lostLinkPage>[1], 'formToken'>,
  ) =>
    res
      .status(status)
      .type('html')
      .send(lostLinkPage(context(req, res), { ...view, formToken: publicFormToken(req, res) }));

  router.get(PATHS.lostLink, ...asPage, (req, res) =>
    lostPage(req, res, 200, { requested: req.query.requested === '1' }),
  );

  router.post(PATHS.lostLink, ...posted, async (req, res) => {
    withFormToken(req);
    const body = {
      reference: text(req.body?.reference)?.trim().toUpperCase() ?? '',
      email: text(req.body?.email)?.trim() ?? '',
    };
    const parsed = statusLinkRequestSchema.safeParse(body);
    if (!parsed.success) {
      const ctx = context(req, res);
      const failure = formFailure(parsed.error)!;
      const labels = { reference: ctx.t.public.lostLink.reference, email: ctx.t.public.lostLink.email };
      return lostPage(req, res, 400, { form: formState(ctx.t, LOST_LINK_FORM, req.body, failure, labels) });
    }
    await limits.statusLink.take(req);
    // The same answer whether or not the pair exists; the link goes to the register's address only.
    requestStatusLink(deps, parsed.data);
    res.redirect(303, `${PATHS.lostLink}?requested=1`);
  });

  async function showStatus(req: Request, res: Response, status: number, form?: FormState) {
    const token = req.params.token as string;
    const view = await complainantView(deps, token, chosenLanguage(res));
    const ctx = context(req, res, view.language);
    res
      .status(status)
      .type('html')
      .send(
        statusPage(ctx, {
          token,
          reference: view.reference,
          subject: view.subject,
          receivedAt: new Date(view.receivedAt),
          statusText: view.statusText,
          nextText: view.replyExpectedByText ?? undefined,
          messages: view.messages.map((m) => ({ ...m, sentAt: m.sentAt ? new Date(m.sentAt) : undefined })),
          satisfaction: { asked: view.satisfaction.asked, answered: !!view.satisfaction.answer },
          formToken: publicFormToken(req, res),
          filed: !form && req.query.filed === '1',
          form,
        }),
      );
  }

  router.get('/status/:token', ...asPage, (req, res) => showStatus(req, res, 200));

  // The satisfaction question as a plain form: it works without JavaScript, and lands on the page again.
  router.post('/status/:token/satisfaction', ...posted, async (req, res) => {
    const token = req.params.token as string;
    withFormToken(req);
    try {
      await recordSatisfaction(
        deps.db,
        token,
        { score: req.body?.score, comment: req.body?.comment },
        await deps.clock(),
      );
    } catch (error) {
      // Answered already, or not closed (yet, or again): the page says where the complaint stands.
      if (toHttpError(error)?.status === 409) return res.redirect(303, PATHS.status(token));
      if (!(error instanceof ZodError)) throw error;
      const ctx = context(req, res);
      const labels = { score: ctx.t.public.status.question, comment: ctx.t.public.status.comment };
      return showStatus(req, res, 400, formState(ctx.t, SATISFACTION_FORM, req.body, formFailure(error)!, labels));
    }
    res.redirect(303, PATHS.status(token));
  });

  router.use(publicPageErrors(deps));
  return router;
}

/** The complaint form's problems shown on the form itself: those of any form, the limit and an expired form. */
function publicFormFailure(error: unknown): HttpError | undefined {
  const known = formFailure(error) ?? (error instanceof HttpError ? error : undefined);
  return known && [400, 403, 409, 429, 503].includes(known.status) ? known : undefined;
}

/** Why a complaint form without this browser's token comes back (in words on the page: web/problems.ts). */
export const FORM_EXPIRED = 'the form has expired';

/**
 * Errors on the complainant's pages: an unknown link (404), a post from another site or an expired form
 * (403), too many requests (429), or else a plain page.
 */
function publicPageErrors(deps: AppDeps): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const known = toHttpError(error);
    const status = known?.status ?? 500;
    if (status >= 500) console.error(`${req.method} ${req.originalUrl} failed:`, error);
    const ctx = { ...pageContext(req, res, deps.config), staff: undefined };
    res.status(status).type('html');
    if (known?.retryAfter) res.setHeader('Retry-After', String(known.retryAfter));
    if (status === 404) return res.send(unknownLinkPage(ctx));
    const refused = error instanceof CrossSitePost ? 'crossSite' : error instanceof FormExpired ? 'expired' : undefined;
    if (refused) {
      const t = ctx.t.public.refused[refused];
      return res.send(publicMessagePage(ctx, t.title, t.body(`${deps.config.publicUrl}${PATHS.publicForm}`)));
    }
    if (status === 429) {
      const t = ctx.t.public.form;
      return res.send(publicMessagePage(ctx, t.tooManyTitle, t.tooMany(Math.ceil((known?.retryAfter ?? 60) / 60))));
    }
    const kind = status >= 500 ? 500 : 400;
    res.send(publicMessagePage(ctx, ctx.t.errors[kind].title, ctx.t.errors[kind].body));
  };
}
