/**
 * What every web request carries: its language (?lang= sets a cookie; Dutch by default) and the
 * signed-in session, if any; and the context pages are rendered with.
 */
import type { Request, RequestHandler, Response } from 'express';
import type { Config } from '../../infra/config';
import { readCookie, writeCookie } from '../auth/cookies';
import { sessionOf, type Session, type SessionStore } from '../auth/sessions';
import { formats } from '../../web/format';
import { DEFAULT_LANGUAGE, isWebLanguage, textsFor, type WebLanguage } from '../../web/i18n';
import type { PageContext } from '../../web/layout';
import { sectionsFor } from './sections';

interface WebLocals {
  lang: WebLanguage;
  /** Whether the reader chose the language (?lang=, or its cookie), or it is the default. */
  chosen: boolean;
  session: Session | null;
}

const LANGUAGE_COOKIE = 'lang';
const A_YEAR_MS = 365 * 24 * 60 * 60 * 1000;

export function webContext(sessions: SessionStore): RequestHandler {
  return async (req, res, next) => {
    const asked = req.query.lang;
    if (isWebLanguage(asked)) {
      writeCookie(req, res, { name: LANGUAGE_COOKIE, value: asked, sameSite: 'lax', maxAgeMs: A_YEAR_MS });
    }
    const kept = readCookie(req, LANGUAGE_COOKIE);
    const lang = isWebLanguage(asked) ? asked : isWebLanguage(kept) ? kept : DEFAULT_LANGUAGE;
    const chosen = isWebLanguage(asked) || isWebLanguage(kept);
    res.locals.web = { lang, chosen, session: await sessionOf(req, sessions) } satisfies WebLocals;
    // Pages show personal data: no cache, shared or the browser's own, keeps them.
    res.set('Cache-Control', 'no-store');
    next();
  };
}

function localsOf(res: Response): WebLocals {
  return (res.locals.web as WebLocals | undefined) ?? { lang: DEFAULT_LANGUAGE, chosen: false, session: null };
}

/** The language the reader chose, if they did: a complainant's page otherwise speaks the complaint's language. */
export function chosenLanguage(res: Response): WebLanguage | undefined {
  const { lang, chosen } = localsOf(res);
  return chosen ? lang : undefined;
}

export function sessionOfRequest(res: Response): Session | null {
  return localsOf(res).session;
}

/** The request's URL without `lang`, so the language switch does not pile parameters up. */
function ownUrl(req: Request): string {
  const url = new URL(req.originalUrl, 'http://app.invalid');
  url.searchParams.delete('lang');
  return `${url.pathname}${url.search}`;
}

export function pageContext(req: Request, res: Response, config: Config, language?: WebLanguage): PageContext {
  const { session } = localsOf(res);
  const lang = language ?? localsOf(res).lang;
  return {
    lang,
    t: textsFor(lang),
    organisation: config.organisationName,
    contact: config.organisationContact,
    formats: formats(lang, config.terms.timeZone),
    url: ownUrl(req),
    staff: session
      ? {
          name: session.staff.name,
          csrfToken: session.csrfToken,
          sections: sectionsFor(session.staff.roles, { mailbox: !!config.mailbox }),
        }
      : undefined,
  };
}
