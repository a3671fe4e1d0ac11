/**
 * R6: the report's files — the summary as CSV, its charts as SVG, the register as a spreadsheet — as one
 * router, mounted by the JSON API (/api/reports, a token or the session) and by the staff web app
 * (/app/reports, the session), so a page's download and the API's are the same answer.
 */
import { Router } from 'express';
import { z } from 'zod';
import { todayIn } from '../../domain/report-period';
import { reportSummary, type Summary } from '../../reports/summary';
import type { AppDeps } from '../deps';
import { allow, staffOf } from '../auth/authenticate';
import { filterOf } from '../complaints/list';
import { notFound } from '../errors';
import { CHART_NAMES, chartOf, type ChartName } from './charts';
import { complaintsCsvQuerySchema, streamComplaintsCsv } from './complaints-csv';
import { periodOf, periodQuerySchema } from './period-query';
import { summaryCsv } from './summary-csv';

const chartSchema = z.enum(CHART_NAMES);

/** The summary for `?from&to` (checked: a bad period is a 400 naming the field), measured now. */
export async function summaryFor(deps: AppDeps, query: unknown): Promise<Summary> {
  const asked = periodQuerySchema.parse(query);
  const now = await deps.clock();
  const zone = deps.config.terms.timeZone;
  return reportSummary(deps.db, periodOf(asked, todayIn(now, zone)), zone, now);
}

export function reportFilesRouter(deps: AppDeps): Router {
  const { db, config } = deps;
  const zone = config.terms.timeZone;
  const router = Router();

  router.get('/summary.csv', allow('reports.read'), async (req, res) => {
    const summary = await summaryFor(deps, req.query);
    const { from, to } = summary.current.period;
    res.type('text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="klachten-samenvatting-${from}-${to}.csv"`);
    res.setHeader('Cache-Control', 'no-store');
    res.send(summaryCsv(summary));
  });

  router.get('/charts/:name.svg', allow('reports.read'), async (req, res) => {
    const name = chartSchema.safeParse(req.params.name);
    if (!name.success) throw notFound(`chart ${req.params.name}`);
    const svg = chartOf(name.data as ChartName, await summaryFor(deps, req.query));
    res.type('image/svg+xml; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.send(svg);
  });

  router.get('/complaints.csv', allow('reports.read'), async (req, res) => {
    const query = complaintsCsvQuerySchema.parse(req.query);
    const now = await deps.clock();
    const filter = filterOf(query, staffOf(res), zone);
    try {
      await streamComplaintsCsv(db, res, filter, { now, zone, fileName: `klachten-${todayIn(now, zone)}.csv` });
    } catch (error) {
      if (!res.headersSent) throw error;
      // Halfway through a file, the only honest answer is a broken download, not a shorter file.
      console.error(`GET ${req.originalUrl} failed while streaming:`, error);
      res.destroy(error as Error);
    }
  });

  return router;
}
