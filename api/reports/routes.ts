/**
 * /api/reports (R6): what complaints teach — the summary as JSON and CSV, its charts as SVG, and the
 * register as a spreadsheet. For managers (who see reports, ../shared/PROCEDURE.md "Roles") and
 * operators (who run the system); none of it names a complainant. The files are files.ts's, which the
 * staff web app serves too.
 */
import { Router, type Response } from 'express';
import type { AppDeps } from '../deps';
import { allow } from '../auth/authenticate';
import { reportFilesRouter, summaryFor } from './files';
import { whatIfCsv } from './what-if-csv';
import { startWhatIfRun, whatIfAnswer, whatIfRun } from './what-if-runs';

export function reportsRouter(deps: AppDeps): Router {
  const router = Router();

  router.get('/summary', allow('reports.read'), async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(await summaryFor(deps, req.query));
  });
  // Issue 22: the period replayed under another policy, as a workflow: 202 and where to ask for the answer.
  router.post('/what-if', allow('reports.read'), async (req, res) => {
    const id = await startWhatIfRun(deps, req.body);
    res.status(202).location(`${req.baseUrl}/what-if/runs/${id}`).json({ id, status: 'running' });
  });
  router.get('/what-if/runs/:id', allow('reports.read'), async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(await whatIfRun(deps, String(req.params.id)));
  });
  // The same run, the request waiting until its answer is in: for scripts that asked before there was a POST.
  router.get('/what-if', allow('reports.read'), async (req, res) => {
    const report = await whatIfAnswer(deps, req.query, untilClosed(res));
    if (!report) return; // the client has gone
    res.setHeader('Cache-Control', 'no-store');
    res.json(report);
  });
  router.get('/what-if.csv', allow('reports.read'), async (req, res) => {
    const report = await whatIfAnswer(deps, req.query, untilClosed(res));
    if (!report) return;
    const { from, to } = report.period;
    res.type('text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="klachten-wat-als-${from}-${to}.csv"`);
    res.setHeader('Cache-Control', 'no-store');
    res.send(whatIfCsv(report));
  });
  router.use(reportFilesRouter(deps));

  return router;
}

/** Aborted when the response closes (sent, or the client went away): a waiting GET then stops asking. */
function untilClosed(res: Response): AbortSignal {
  const closed = new AbortController();
  res.on('close', () => closed.abort());
  return closed.signal;
}
