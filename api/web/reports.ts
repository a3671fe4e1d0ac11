/**
 * /app/reports (R6): the report page, from the same summary as GET /api/reports/summary, and under it
 * the report's files (files.ts) for the session — the CSVs and the charts the page shows as images.
 * A period that cannot be read comes back to the form with each problem at its field.
 */
import { Router } from 'express';
import { z } from 'zod';
import { addDays } from '../../domain/calendar';
import type { ReportPeriod } from '../../domain/report-period';
import type { AppDeps } from '../deps';
import { requirePermission } from '../auth/authenticate';
import { may } from '../auth/roles';
import { reportFilesRouter, summaryFor } from '../reports/files';
import { PATHS } from '../../web/layout';
import { PERIOD_FORM, reportsPage, type ReportChart } from '../../web/pages/reports';
import { pageContext } from './context';
import { formFailure, formState } from './form-problems';

/** The form's fields only (not `lang`); an empty field is a field left out. */
const periodFields = z.object({
  from: z.string().optional(),
  to: z.string().optional(),
});
const given = (v: string | undefined) => (v === '' ? undefined : v);

const periodQuery = ({ from, to }: ReportPeriod) => `from=${from}&to=${to}`;

export function reportsPageRouter(deps: AppDeps): Router {
  const router = Router();

  router.get('/reports', async (req, res) => {
    const staff = requirePermission(res, 'reports.read');
    const ctx = pageContext(req, res, deps.config);
    const fields = periodFields.catch({}).parse(req.query);
    const asked = { from: given(fields.from), to: given(fields.to) };
    try {
      const summary = await summaryFor(deps, asked);
      const period = summary.current.period;
      const files = PATHS.reports;
      const html = reportsPage(ctx, {
        ...period,
        defaultPeriod: !asked.from && !asked.to,
        report: {
          summary,
          summaryCsv: `${files}/summary.csv?${periodQuery(period)}`,
          // The list's receivedTo is the first moment after: the day after the period's last.
          complaintsCsv: `${files}/complaints.csv?receivedFrom=${period.from}&receivedTo=${addDays(period.to, 1)}`,
          chart: (name: ReportChart) => `${files}/charts/${name}.svg?${periodQuery(period)}`,
          mayReadComplaints: may(staff.roles, 'complaint.read'),
        },
      });
      res.type('html').send(html);
    } catch (error) {
      const failure = formFailure(error);
      if (!failure || failure.status !== 400) throw error;
      const form = formState(ctx.t, PERIOD_FORM, fields, failure, { from: ctx.t.reports.from, to: ctx.t.reports.to });
      res
        .status(400)
        .type('html')
        .send(reportsPage(ctx, { from: fields.from ?? '', to: fields.to ?? '', form }));
    }
  });

  router.use('/reports', reportFilesRouter(deps));
  return router;
}
