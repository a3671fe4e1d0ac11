/** /api/docs: the OpenAPI document, readable, with Swagger UI served from the package (no CDN). */
import path from 'node:path';
import express, { Router } from 'express';

// Only the package's folder: its index also loads the 1.7 MB browser bundle into this process (about 40 MiB of
// memory) for nothing, since the files are sent, never run here (issue 20, memory).
const SWAGGER_UI_FILES = path.dirname(require.resolve('swagger-ui-dist/package.json'));

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
  router.use('/api/docs/assets', express.static(SWAGGER_UI_FILES, { index: false }));
  return router;
}
