/**
 * /app/templates: the operator's page of reply templates (web/pages/answer-templates.ts) on the functions
 * of api/templates/answer-templates.ts; every form answers with a redirect, or the page with its problems.
 */
import { Router, type Request, type Response } from 'express';
import { requirePermission, staffOf } from '../auth/authenticate';
import type { AppDeps } from '../deps';
import { deleteTemplate, listTemplates, saveTemplate } from '../templates/answer-templates';
import type { FormState } from '../../web/forms';
import { PATHS } from '../../web/layout';
import { templateForm, templatesPage } from '../../web/pages/answer-templates';
import { pageContext } from './context';
import { formFailure, formState } from './form-problems';

export function answerTemplatesRouter(deps: AppDeps): Router {
  const router = Router();

  async function render(req: Request, res: Response, status: number, form?: FormState) {
    requirePermission(res, 'templates.manage');
    const ctx = pageContext(req, res, deps.config);
    const items = await listTemplates(deps.db);
    const accounts = await deps.db.staffAccount.findMany({ select: { id: true, name: true } });
    const people = Object.fromEntries(accounts.map((a) => [a.id, a.name]));
    const asked = req.query.done;
    const done = !form && typeof asked === 'string' ? ctx.t.templates.done[asked] : undefined;
    res.status(status).type('html').send(templatesPage(ctx, { items, people, done, form }));
  }

  /** Runs a form's change: back to the page saying what was done, or the page with the problems at their fields. */
  function handle(form: (req: Request) => string, run: (req: Request, res: Response) => Promise<string>) {
    return async (req: Request, res: Response) => {
      let done: string;
      try {
        done = await run(req, res);
      } catch (error) {
        const failure = formFailure(error);
        if (!failure) throw error;
        const { t, formats } = pageContext(req, res, deps.config);
        const f = t.templates.fields;
        const labels = { title: f.title, language: f.language, text: f.text };
        return render(req, res, failure.status, formState(t, form(req), req.body, failure, labels, {}, formats));
      }
      res.redirect(303, `${PATHS.templates}?done=${done}`);
    };
  }

  const fields = (req: Request) => {
    const { title, language, text } = (req.body ?? {}) as Record<string, unknown>;
    return { title, language, text };
  };

  router.get('/templates', (req, res) => render(req, res, 200));
  router.post(
    '/templates',
    handle(
      () => templateForm(),
      async (req, res) => {
        await saveTemplate(deps.db, staffOf(res), fields(req));
        return 'saved';
      },
    ),
  );
  router.post(
    '/templates/:id',
    handle(
      (req) => templateForm(Number(req.params.id)),
      async (req, res) => {
        await saveTemplate(deps.db, staffOf(res), fields(req), req.params.id);
        return 'saved';
      },
    ),
  );
  router.post('/templates/:id/delete', async (req, res) => {
    await deleteTemplate(deps.db, staffOf(res), req.params.id);
    res.redirect(303, `${PATHS.templates}?done=removed`);
  });
  return router;
}
