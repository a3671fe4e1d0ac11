/** The HTTP app, built apart from listen() so tests run the real app in-process. */
import express from 'express';
import type { Client } from '@temporalio/client';
import type { Config } from '../infra/config';
import type { Database } from '../infra/database';
import { lettersRouter } from './complaints/letters';
import { complaintsRouter } from './complaints/routes';
import { errorHandler, notFound } from './errors';

export interface AppDeps {
  db: Database;
  client: Client;
  config: Config;
}

// Complaint texts are long but not documents; anything larger is a mistake or an attack.
const BODY_LIMIT = '100kb';

export function createApp(deps: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(express.json({ limit: BODY_LIMIT }));

  app.get('/health', async (_req, res) => {
    await deps.db.$queryRaw`SELECT 1`;
    res.json({ status: 'ok' });
  });
  app.use('/api/complaints', lettersRouter(deps), complaintsRouter(deps));
  app.use((req, _res, next) => next(notFound(`${req.method} ${req.path}`)));
  app.use(errorHandler);
  return app;
}
