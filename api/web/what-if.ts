/**
 * Issue 22, /app/reports/what-if: the form for a proposal, which starts (or joins) the what-if's run as a
 * workflow and goes to the run's page (303); that page waits, reloading itself, until the answer is in.
 * The same functions as POST /api/reports/what-if and its runs, so the page and the API never disagree.
 */
import { Router } from 'express';
import { z } from 'zod';
import { todayIn } from '../../domain/report-period';
import type { AppDeps } from '../deps';
import { requirePermission } from '../auth/authenticate';
import { may } from '../auth/roles';
import { HttpError, notFound } from '../errors';
import { whatIfCsv } from '../reports/what-if-csv';
import { startWhatIfRun, whatIfRun } from '../reports/what-if-runs';
import { PATHS } from '../../web/layout';
import {
  WHAT_IF_FIELDS,
  WHAT_IF_FORM,
  whatIfFailedPage,
  whatIfFormPage,
  whatIfLabels,
  whatIfResultPage,
  whatIfRunningPage,
} from '../../web/pages/what-if';
import { pageContext } from './context';
import { formFailure, formState } from './form-problems';

const posted = z.object({
  from: z.string().default(''),
  to: z.string().default(''),
  replyTermDays: z.string().default(''),
  replyTermInWorkingDays: z.string().default(''),
  callbackDue: z.string().default(''),
  acknowledgementLead: z.string().default(''),
  more: z.string().default(''),
  staff: z.string().default('same-time'),
});

/** The form as the API's request: each filled field a setting, each further line one more. */
function requestOf(form: z.infer<typeof posted>) {
  const set: string[] = [];
  for (const [field, setting] of Object.entries(WHAT_IF_FIELDS)) {
    const value = setting && form[field as keyof typeof form].trim();
    if (value) set.push(`${setting}=${value}`);
  }
  set.push(
    ...form.more
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  );
  return { from: form.from, to: form.to, set, staff: form.staff };
}

/** A setting the API refused is shown at its own field, if it has one; else at the further settings. */
function atFields(failure: HttpError): HttpError {
  const fieldOf = (setting: unknown) => Object.entries(WHAT_IF_FIELDS).find(([, s]) => s === setting)?.[0] ?? 'more';
  const fields = failure.fields?.map((p) => (p.field === 'set' ? { ...p, field: fieldOf(p.params?.setting) } : p));
  return new HttpError(failure.status, failure.refusal, fields, failure.retryAfter);
}

export function whatIfPageRouter(deps: AppDeps): Router {
  const router = Router();

  router.get('/reports/what-if', async (req, res) => {
    requirePermission(res, 'reports.read');
    const ctx = pageContext(req, res, deps.config);
    const today = todayIn(await deps.clock(), deps.config.terms.timeZone);
    res.type('html').send(whatIfFormPage(ctx, { from: `${today.slice(0, 4)}-01-01`, to: today }));
  });

  router.post('/reports/what-if', async (req, res) => {
    requirePermission(res, 'reports.read');
    const form = posted.catch(posted.parse({})).parse(req.body);
    try {
      res.redirect(303, PATHS.whatIfRun(await startWhatIfRun(deps, requestOf(form))));
    } catch (error) {
      const failure = formFailure(error);
      if (!failure || failure.status !== 400) throw error;
      const ctx = pageContext(req, res, deps.config);
      const state = formState(ctx.t, WHAT_IF_FORM, req.body, atFields(failure), whatIfLabels(ctx));
      res
        .status(400)
        .type('html')
        .send(whatIfFormPage(ctx, { form: state, from: form.from, to: form.to }));
    }
  });

  router.get('/reports/what-if/runs/:id', async (req, res) => {
    const staff = requirePermission(res, 'reports.read');
    const ctx = pageContext(req, res, deps.config);
    const run = await whatIfRun(deps, String(req.params.id));
    res.setHeader('Cache-Control', 'no-store');
    if (run.status === 'running') return res.type('html').send(whatIfRunningPage(ctx));
    if (run.status === 'failed') return res.status(500).type('html').send(whatIfFailedPage(ctx));
    const { status: _done, ...report } = run;
    const csv = `${PATHS.whatIfRun(String(req.params.id))}/what-if.csv`;
    const mayReadComplaints = may(staff.roles, 'complaint.read');
    res.type('html').send(whatIfResultPage(ctx, { report, csv, mayReadComplaints }));
  });

  router.get('/reports/what-if/runs/:id/what-if.csv', async (req, res) => {
    requirePermission(res, 'reports.read');
    const run = await whatIfRun(deps, String(req.params.id));
    if (run.status !== 'done') throw notFound('what-if run');
    const { status: _done, ...report } = run;
    const { from, to } = report.period;
    res.type('text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="klachten-wat-als-${from}-${to}.csv"`);
    res.setHeader('Cache-Control', 'no-store');
    res.send(whatIfCsv(report));
  });

  return router;
}
