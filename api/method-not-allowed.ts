/**
 * A path the API documents, asked with a method it does not take, answers 405 with `Allow` (RFC 9110
 * §15.5.6) instead of 404: the path exists, the method is what is wrong. The paths and their methods come
 * from the OpenAPI document, so the answer cannot differ from what the document says. Mounted before the
 * API's routers: every route of a documented path is a documented operation (test/openapi.test.ts calls
 * each), and a method the document does not declare is wrong for anyone, signed in or not. OPTIONS is left
 * to CORS (the codec endpoint's preflight) and Express.
 */
import type { RequestHandler } from 'express';
import { refused } from './errors';

interface DeclaredPath {
  path: string;
  matches: RegExp;
  allow: string;
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace']);

function declaredPaths(document: { paths: Record<string, Record<string, unknown>> }): DeclaredPath[] {
  return Object.entries(document.paths).map(([path, operations]) => {
    const declared = Object.keys(operations)
      .filter((m) => METHODS.has(m))
      .map((m) => m.toUpperCase());
    // A GET answers HEAD as well (Express does so for every GET route).
    const allow = [...new Set([...declared, ...(declared.includes('GET') ? ['HEAD'] : [])])].sort().join(', ');
    const pattern = path
      .split(/(\{[^}]+\})/)
      .map((part) => (/^\{[^}]+\}$/.test(part) ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('');
    return { path, matches: new RegExp(`^${pattern}/?$`), allow };
  });
}

export function methodNotAllowed(document: { paths: Record<string, Record<string, unknown>> }): RequestHandler {
  const paths = declaredPaths(document);
  return (req, res, next) => {
    if (req.method === 'OPTIONS') return next();
    const declared = paths.find((p) => p.matches.test(req.path));
    if (!declared || declared.allow.split(', ').includes(req.method)) return next();
    res.setHeader('Allow', declared.allow);
    next(refused(405, 'method_not_allowed', { method: req.method, path: declared.path, allow: declared.allow }));
  };
}
