/**
 * /api/reports (R6): what complaints teach — the summary as JSON and CSV, its charts as SVG, and the
 * register as a spreadsheet. For managers (who see reports, ../shared/PROCEDURE.md "Roles") and
 * operators (who run the system); none of it names a complainant. The files are files.ts's, which the
 * staff web app serves too.
 */
import { Router } from 'express';
import type { AppDeps } from '../deps';
import { allow } from '../auth/authenticate';
import { reportFilesRouter, summaryFor } from './files';

export function reportsRouter(deps: AppDeps): Router {
  const router = Router();

  router.get('/summary', allow('reports.read'), async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(await summaryFor(deps, req.query));
  });
  router.use(reportFilesRouter(deps));

  return router;
}
