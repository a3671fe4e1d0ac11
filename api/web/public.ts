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
import { listChoices } from '../lists/list-values';
import type { SessionStore } from '../auth/sessions';
import { badRequest, HttpError, refused, toHttpError } from '../errors';
import { complainantView, complaintByToken } from '../public/complainant-view';
import {
  filePublic,
  publicIntakeProblems,
  requestStatusLetter,
  requestStatusLink,
  type PublicLimits,
} from '../public/routes';
import { attachmentContent, storeUploads, uploadProblems } from '../attachments/attachments';
import { sendAttachment } from '../attachments/download';
import { uploadedForm, uploadsOf } from './uploads';
import { recordSatisfaction } from '../public/satisfaction';
import { statusLetterRequestSchema, statusLinkRequestSchema } from '../public/status-link-request';
import type { FormState } from '../../web/forms';
import type { WebLanguage } from '../../web/i18n';
import { PATHS, type PageContext } from '../../web/layout';
import {
  BY_POST_FORM,
  LOST_LINK_FORM,
  lostLinkPage,
  publicMessagePage,
  unknownLinkPage,
} from '../../web/pages/lost-link';
import { PUBLIC_FORM, publicFormLabels, publicFormPage } from '../../web/pages/public-form';
import { SATISFACTION_FORM, statusPage } from '../../web/pages/status';
import { STATUS_CODE_FORM, statusCodePage } from '../../web/pages/status-code';
import { openWithCode } from '../public/status-code';
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

  const formPage = async (req: Request, res: Response, status: number, intakeKey: string, form?: FormState) => {
    const services = await listChoices(deps.db, 'service');
    res
      .status(status)
      .type('html')
      .send(
        publicFormPage(context(req, res), {
          intakeKey,
          formToken: publicFormToken(req, res),
          form,
          replyTermDays: config.terms.replyTermDays,
          services,
          attachments: config.attachments,
        }),
      );
  };

  router.get(PATHS.publicForm, ...asPage, (req, res) => formPage(req, res, 200, newFormKey()));

  router.post(PATHS.publicForm, ...posted, uploadedForm(config.attachments), async (req, res) => {
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
      if (!formToken) throw refused(403, 'form_expired');
      // Every problem of the form at once: its files' with its fields'.
      const uploads = uploadsOf(res);
      const fileProblems = uploadProblems(uploads, config.attachments);
      if (fileProblems.length) throw badRequest([...publicIntakeProblems(body), ...fileProblems]);
      const count = () => limits.intake.take(req);
      const filed = await filePublic(deps, body, count, key && boundIntakeKey(formToken, key));
      const { statusToken } = filed;
      // A repeat of the form (a double click) found the complaint the first registered, with its files.
      if (filed.registered && uploads.length) {
        await storeUploads(deps, filed.complaint.reference, uploads, { source: 'complainant', actor: 'public' });
      }
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
      await formPage(req, res, failure.status, failure.status === 409 || !key ? newFormKey() : key, state);
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
    lostPage(req, res, 200, {
      requested: req.query.requested === '1',
      requestedByPost: req.query.requested === 'post',
    }),
  );

  // Issue 19 item 7: the short address and code again by post, to the postal address on record only.
  router.post(PATHS.lostLinkByPost, ...posted, async (req, res) => {
    withFormToken(req);
    const body = {
      reference: text(req.body?.reference)?.trim().toUpperCase() ?? '',
      postcode: text(req.body?.postcode)?.trim() ?? '',
    };
    const parsed = statusLetterRequestSchema.safeParse(body);
    if (!parsed.success) {
      const ctx = context(req, res);
      const t = ctx.t.public.lostLink;
      const failure = formFailure(parsed.error)!;
      const labels = { reference: t.reference, postcode: t.postcode };
      return lostPage(req, res, 400, { form: formState(ctx.t, BY_POST_FORM, req.body, failure, labels) });
    }
    await limits.statusLink.take(req);
    // The same answer whether or not the pair exists.
    requestStatusLetter(deps, parsed.data);
    res.redirect(303, `${PATHS.lostLink}?requested=post`);
  });

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

  // Issue 19 item 7: the short address on letters; reference and code open the status page.
  const codePage = (req: Request, res: Response, status: number, form?: FormState) =>
    res
      .status(status)
      .type('html')
      .send(statusCodePage(context(req, res), { form, formToken: publicFormToken(req, res) }));

  router.get(PATHS.statusCode, ...asPage, (req, res) => codePage(req, res, 200));

  router.post(PATHS.statusCode, ...posted, async (req, res) => {
    withFormToken(req);
    const body = { reference: text(req.body?.reference)?.trim().toUpperCase() ?? '', code: text(req.body?.code) ?? '' };
    try {
      const token = await openWithCode(deps, limits.statusCode, req, body);
      res.redirect(303, PATHS.status(token));
    } catch (error) {
      const failure = toHttpError(error);
      if (!failure || ![400, 429].includes(failure.status)) throw error;
      const ctx = context(req, res);
      const t = ctx.t.public.code;
      const form =
        failure.status === 429
          ? {
              form: STATUS_CODE_FORM,
              values: body,
              problems: [],
              message: t.tooMany(Math.ceil((failure.retryAfter ?? 60) / 60)),
            }
          : formState(ctx.t, STATUS_CODE_FORM, body, failure, { reference: t.reference, code: t.code });
      if (failure.retryAfter) res.setHeader('Retry-After', String(failure.retryAfter));
      return codePage(req, res, failure.status, form);
    }
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
          attachments: view.attachments.map((a) => ({ ...a, at: new Date(a.at) })),
          satisfaction: { asked: view.satisfaction.asked, answered: !!view.satisfaction.answer },
          formToken: publicFormToken(req, res),
          filed: !form && req.query.filed === '1',
          form,
        }),
      );
  }

  router.get('/status/:token', ...asPage, (req, res) => showStatus(req, res, 200));

  /** A file the complainant sent, behind their link: downloaded, never shown inline (it is not ours). */
  router.get('/status/:token/attachments/:id', async (req, res) => {
    const row = await complaintByToken(deps.db, req.params.token as string);
    const { row: file, content } = await attachmentContent(deps, row.reference, Number(req.params.id), 'complainant');
    sendAttachment(res, file, content);
  });

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
