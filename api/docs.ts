/** /api/docs: the OpenAPI document, readable, with Swagger UI served from the package (no CDN). */
import express, { Router } from 'express';
import { getAbsoluteFSPath } from 'swagger-ui-dist';

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Klachtenregister API</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><div id="docs"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script>
</body></html>`;

const INIT = `SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#docs', deepLinking: true, persistAuthorization: true });`;

export function docsRouter(document: Record<string, unknown>): Router {
  const router = Router();
  router.get('/api/openapi.json', (_req, res) => {
    res.json(document);
  });
  // A file, not an inline script: the content security policy allows scripts from this service only.
  router.get('/api/docs/init.js', (_req, res) => {
    res.type('js').send(INIT);
  });
  router.get('/api/docs', (_req, res) => {
    res.type('html').send(PAGE);
  });
  router.use('/api/docs/assets', express.static(getAbsoluteFSPath(), { index: false }));
  return router;
}
