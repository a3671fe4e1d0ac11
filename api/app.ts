/** The HTTP app, built apart from listen() so tests run the real app in-process. */
import path from 'node:path';
import express from 'express';
import { authenticate } from './auth/authenticate';
import { sessionStore } from './auth/sessions';
import { letterQueueRouter, lettersRouter } from './complaints/letters';
import { lettersBulkRouter } from './complaints/letters-bulk';
import { listsRouter } from './lists/routes';
import { attachmentsRouter } from './attachments/routes';
import { correctionsRouter } from './complaints/corrections';
import { incomingRouter } from './complaints/incoming';
import { listRouter } from './complaints/list';
import { complaintsRouter } from './complaints/routes';
import { codecRouter } from './codec';
import { temporalWebRouter } from './temporal-web';
import { docsRouter } from './docs';
import { securityHeaders } from './security-headers';
import { errorHandler, notFound } from './errors';
import { idempotent } from './idempotency';
import { methodNotAllowed } from './method-not-allowed';
import { openApiDocument } from './openapi';
import { privacyApiRouter } from './privacy/routes';
import { publicApiRouter, publicLimits } from './public/routes';
import { reportsRouter } from './reports/routes';
import { staffRouter } from './staff/routes';
import { PROJECT_ROOT } from '../infra/project-root';
import { PATHS } from '../web/layout';
import { publicPagesRouter } from './web/public';
import { webRouter } from './web/router';
import type { AppDeps } from './deps';

/** The pages' stylesheet (and any scripts), served by the service itself. */
const ASSETS = path.join(PROJECT_ROOT, 'web', 'assets');

// Complaint texts are long but not documents; anything larger is a mistake or an attack.
const BODY_LIMIT = '100kb';

/** Where the API answers with personal data (complaints, accounts, letters, decoded payloads): no cache keeps it. */
const PERSONAL_DATA = [
  '/api/complaints',
  '/api/letters',
  '/api/staff',
  '/api/public',
  '/api/reports',
  '/codec',
  '/temporal',
];

export function createApp(deps: AppDeps): express.Express {
  const { db, config } = deps;
  const app = express();
  app.disable('x-powered-by');
  if (config.trustProxy) app.set('trust proxy', config.trustProxy);
  app.use(securityHeaders);
  app.use(PERSONAL_DATA, (_req, res, next) => {
    // Neither a shared cache nor the browser's own keeps these answers (the pages do the same: web/context.ts).
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use('/assets', express.static(ASSETS, { index: false, maxAge: '1h' }));
  // A person signed in to the web app may use the JSON API with the same session (see authenticate.ts).
  const sessions = sessionStore(db, deps.clock, config.sessions);
  app.use(codecRouter({ db, sessions, keys: deps.keys, uiOrigin: config.temporal.uiOrigin }));
  // Before any body parser: requests pass to Temporal Web as they came.
  app.use(temporalWebRouter({ sessions, target: config.temporal.uiUrl, publicUrl: config.publicUrl }));
  app.use('/app', webRouter(deps, sessions));
  app.get('/', (_req, res) => res.redirect(PATHS.inbox));
  app.use(express.json({ limit: BODY_LIMIT }));

  app.get('/health', async (_req, res) => {
    await db.$queryRaw`SELECT 1`;
    res.json({ status: 'ok' });
  });
  const document = openApiDocument();
  app.use(docsRouter(document));
  // Before the routers (and their sign-in): a method the document does not declare is wrong for everyone.
  app.use(methodNotAllowed(document as Parameters<typeof methodNotAllowed>[0]));
  // One limit per client address for the public form and the status link, whether sent as JSON or as a page.
  const limits = publicLimits(db, config);
  app.use(publicPagesRouter(deps, sessions, limits));
  app.use('/api/public', publicApiRouter(deps, limits));

  const staffOnly = [authenticate(db, { sessions }), idempotent(db, deps.keys, config.idempotencyKeyTtlMs)];
  app.use('/api/staff', ...staffOnly, staffRouter(deps));
  app.use(
    '/api/complaints',
    ...staffOnly,
    listRouter(deps),
    lettersRouter(deps),
    attachmentsRouter(deps),
    correctionsRouter(deps),
    incomingRouter(deps),
    complaintsRouter(deps),
  );
  app.use('/api/letters', ...staffOnly, letterQueueRouter(deps), lettersBulkRouter(deps));
  app.use('/api/reports', ...staffOnly, reportsRouter(deps));
  app.use('/api/lists', ...staffOnly, listsRouter(deps));
  app.use('/api/privacy', ...staffOnly, privacyApiRouter(deps));

  app.use((req, _res, next) => next(notFound(`${req.method} ${req.path}`)));
  app.use(errorHandler);
  return app;
}
