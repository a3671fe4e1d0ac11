/**
 * The one layout of the staff web app: skip link, header (organisation, who is signed in, sign out,
 * language), main navigation, and the page's content in <main>. One stylesheet, from the service
 * itself; no scripts are needed (the CSP would refuse inline ones anyway).
 */
import type { Formats } from './format';
import { html, page, type Html } from './html';
import type { Texts, WebLanguage } from './i18n';

/** What every page is rendered with. */
export interface PageContext {
  lang: WebLanguage;
  t: Texts;
  organisation: string;
  formats: Formats;
  /** The page's own path and query (without `lang`), for the language switch. */
  url: string;
  /** The signed-in person, and the CSRF token of their session for the forms on the page. */
  staff?: { name: string; csrfToken: string };
}

export type Section = 'inbox' | 'new-complaint' | 'letters';

/** The paths of the app's pages: one place, so pages and routes cannot disagree. */
export const PATHS = {
  inbox: '/app',
  signIn: '/app/sign-in',
  signOut: '/app/sign-out',
  newComplaint: '/app/complaints/new',
  letters: '/app/letters',
} as const;

/** The hidden field that carries the CSRF token in every form that posts. */
export const CSRF_FIELD = '_csrf';

export function csrfField(token: string): Html {
  return html`<input type="hidden" name="${CSRF_FIELD}" value="${token}">`;
}

function withLanguage(url: string, lang: string): string {
  const u = new URL(url, 'http://app.invalid');
  u.searchParams.set('lang', lang);
  return `${u.pathname}${u.search}`;
}

function navigation(ctx: PageContext, current?: Section): Html {
  const item = (section: Section, href: string, label: string) =>
    html`<li><a href="${href}"${current === section && html` aria-current="page"`}>${label}</a></li>`;
  return html`<nav class="app-nav" aria-label="${ctx.t.nav.label}">
  <ul>
    ${item('inbox', PATHS.inbox, ctx.t.nav.inbox)}
    ${item('new-complaint', PATHS.newComplaint, ctx.t.nav.newComplaint)}
    ${item('letters', PATHS.letters, ctx.t.nav.letters)}
  </ul>
</nav>`;
}

function signedIn(ctx: PageContext, staff: NonNullable<PageContext['staff']>): Html {
  return html`<span class="app-header__person">${ctx.t.signedInAs(staff.name)}</span>
      <form method="post" action="${PATHS.signOut}" class="app-header__sign-out">
        ${csrfField(staff.csrfToken)}
        <button type="submit" class="button button--secondary">${ctx.t.signOut}</button>
      </form>`;
}

export function layout(ctx: PageContext, options: { title: string; main: Html; current?: Section }): string {
  const { t, staff } = ctx;
  const other = t.otherLanguage;
  return page(html`<html lang="${ctx.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${options.title} — ${t.appName} — ${ctx.organisation}</title>
<link rel="stylesheet" href="/assets/site.css">
</head>
<body class="app">
<a class="skip-link" href="#main">${t.skipLink}</a>
<header class="app-header">
  <div class="app-header__bar">
    <a class="app-header__home" href="${PATHS.inbox}">
      <span class="app-header__organisation">${ctx.organisation}</span>
      <span class="app-header__app">${t.appName}</span>
    </a>
    <div class="app-header__tools">
      <a href="${withLanguage(ctx.url, other.lang)}" lang="${other.lang}" hreflang="${other.lang}">${other.label}</a>
      ${staff && signedIn(ctx, staff)}
    </div>
  </div>
  ${staff && navigation(ctx, options.current)}
</header>
<main id="main" class="app-main" tabindex="-1">
${options.main}
</main>
</body>
</html>`);
}
