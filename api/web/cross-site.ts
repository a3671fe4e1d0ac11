/**
 * The complainant's forms take posts from their own pages only (issue 17). They have no session whose
 * token could protect them, and another site could otherwise make a visitor's browser file a complaint,
 * ask for a status link or answer the satisfaction question in their name (and use up their limit).
 * Browsers say where a post comes from: `Sec-Fetch-Site` (set by the browser itself, no page can forge
 * it) must be `same-origin`, or `none` (typed or bookmarked); a browser that does not send it must send
 * an `Origin` that is PUBLIC_URL's. A post with neither header comes from a program, not from a browser
 * another site can steer; the form's own token (public-form-token.ts) still applies to it.
 */
import type { RequestHandler } from 'express';
import { HttpError } from '../errors';

/** A post made from another site: refused with a page that says so, and nothing done. */
export class CrossSitePost extends HttpError {
  constructor() {
    super(403, { code: 'cross_site' });
  }
}

const OWN_SITE = new Set(['same-origin', 'none']);

export function fromOwnPagesOnly(publicUrl: string): RequestHandler {
  const ownOrigin = new URL(publicUrl).origin;
  return (req, _res, next) => {
    const site = req.get('Sec-Fetch-Site');
    const origin = req.get('Origin');
    const allowed = site !== undefined ? OWN_SITE.has(site) : origin === undefined || origin === ownOrigin;
    if (!allowed) throw new CrossSitePost();
    next();
  };
}
