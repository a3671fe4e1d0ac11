/**
 * The one layout of every page: skip link, header (organisation, who is signed in, sign out, language),
 * the staff's main navigation, and the page's content in <main>. The complainant's pages use it with a
 * public header (no navigation, no account) and a footer that says how to reach the organisation. One
 * stylesheet, from the service itself; no scripts are needed (the CSP would refuse inline ones anyway).
 */
import { contactLines, type OrganisationContact } from '../domain/organisation-contact';
import type { Formats } from './format';
import { html, page, type Html } from './html';
import type { Texts, WebLanguage } from './i18n';

/** What every page is rendered with. */
export interface PageContext {
  lang: WebLanguage;
  t: Texts;
  organisation: string;
  /** How to reach the organisation (ORGANISATION_ADDRESS, _PHONE, …), shown on the complainant's pages. */
  contact: OrganisationContact;
  formats: Formats;
  /** The page's own path and query (without `lang`), for the language switch. */
  url: string;
  /**
   * The signed-in person, the CSRF token of their session for the forms on the page, and the sections
   * their roles may open (the navigation offers only those).
   */
  staff?: { name: string; csrfToken: string; sections: readonly Section[] };
}

/** The app's sections in the order of the menu; `my-account` is in the header, for everyone. */
export const SECTIONS = [
  'inbox',
  'new-complaint',
  'mailbox',
  'letters',
  'reports',
  'privacy',
  'accounts',
  'lists',
  'templates',
  'my-account',
] as const;
export type Section = (typeof SECTIONS)[number];

/** The paths of the app's pages: one place, so pages and routes cannot disagree. */
export const PATHS = {
  inbox: '/app',
  signIn: '/app/sign-in',
  signOut: '/app/sign-out',
  newComplaint: '/app/complaints/new',
  letters: '/app/letters',
  reports: '/app/reports',
  whatIf: '/app/reports/what-if',
  whatIfRun: (id: string) => `/app/reports/what-if/runs/${id}`,
  privacy: '/app/privacy',
  lists: '/app/lists',
  complaint: (reference: string) => `/app/complaints/${reference}`,
  accounts: '/app/accounts',
  templates: '/app/templates',
  /** Issue 21: the mails that belong to no complaint yet. */
  mailbox: '/app/mailbox',
  mail: (id: number) => `/app/mailbox/${id}`,
  template: (id: number) => `/app/templates/${id}`,
  newAccount: '/app/accounts/new',
  account: (id: string) => `/app/accounts/${encodeURIComponent(id)}`,
  myAccount: '/app/account',
  secondFactorSetUp: '/app/account/second-factor',
  forgotPassword: '/app/forgot-password',
  passwordLink: (token: string) => `/app/password/${token}`,
  signInCode: '/app/sign-in/code',
  signInSetUp: '/app/sign-in/set-up',
  publicForm: '/klacht',
  lostLink: '/status',
  /** Issue 19 item 7: the short address a letter prints, where reference and code open the status page. */
  statusCode: '/s',
  /** Issue 19 item 7: the short address and code again, by post. */
  lostLinkByPost: '/status-by-post',
  status: (token: string) => `/status/${token}`,
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
  const { nav } = ctx.t;
  const menu: [Section, string, string][] = [
    ['inbox', PATHS.inbox, nav.inbox],
    ['new-complaint', PATHS.newComplaint, nav.newComplaint],
    ['mailbox', PATHS.mailbox, nav.mailbox],
    ['letters', PATHS.letters, nav.letters],
    ['reports', PATHS.reports, nav.reports],
    ['privacy', PATHS.privacy, nav.privacy],
    ['accounts', PATHS.accounts, nav.accounts],
    ['lists', PATHS.lists, nav.lists],
    ['templates', PATHS.templates, nav.templates],
  ];
  const open = ctx.staff?.sections ?? [];
  return html`<nav class="app-nav" aria-label="${nav.label}">
  <ul>
    ${menu
      .filter(([section]) => open.includes(section))
      .map(
        ([section, href, label]) =>
          html`<li><a href="${href}"${current === section && html` aria-current="page"`}>${label}</a></li>`,
      )}
  </ul>
</nav>`;
}

function signedIn(ctx: PageContext, staff: NonNullable<PageContext['staff']>, current?: Section): Html {
  return html`<span class="app-header__person">${ctx.t.signedInAs(staff.name)}</span>
      <a href="${PATHS.myAccount}"${current === 'my-account' && html` aria-current="page"`}>${ctx.t.myAccount.menu}</a>
      <form method="post" action="${PATHS.signOut}" class="app-header__sign-out">
        ${csrfField(staff.csrfToken)}
        <button type="submit" class="button button--secondary">${ctx.t.signOut}</button>
      </form>`;
}

export interface LayoutOptions {
  title: string;
  main: Html;
  current?: Section;
  /** A complainant's page: the public header, no staff navigation. */
  audience?: 'staff' | 'public';
  /** Seconds after which the page loads itself again: a page that waits on work (no script needed). */
  refresh?: number;
}

function header(ctx: PageContext, options: LayoutOptions): Html {
  const { t, staff } = ctx;
  const other = t.otherLanguage;
  const isPublic = options.audience === 'public';
  const home = isPublic
    ? html`<span class="app-header__home">
      <span class="app-header__organisation">${ctx.organisation}</span>
      <span class="app-header__app">${t.public.header}</span>
    </span>`
    : html`<a class="app-header__home" href="${PATHS.inbox}">
      <span class="app-header__organisation">${ctx.organisation}</span>
      <span class="app-header__app">${t.appName}</span>
    </a>`;
  return html`<header class="app-header${isPublic ? ' app-header--public' : ''}">
  <div class="app-header__bar">
    ${home}
    <div class="app-header__tools">
      <a href="${withLanguage(ctx.url, other.lang)}" lang="${other.lang}" hreflang="${other.lang}">${other.label}</a>
      ${!isPublic && staff && signedIn(ctx, staff, options.current)}
    </div>
  </div>
  ${!isPublic && staff && navigation(ctx, options.current)}
</header>`;
}

function footer(ctx: PageContext): Html {
  const lines = contactLines(ctx.contact, ctx.t.public.contactLabels);
  return html`<footer class="app-footer">
  <div class="app-footer__inner">
    <h2 class="app-footer__title">${ctx.t.public.contact}</h2>
    <p>${ctx.t.public.contactText(ctx.organisation)}</p>
    ${lines.length > 0 && html`<address class="app-footer__contact">${lines.map((line, i) => html`${i > 0 && html`<br>`}${line}`)}</address>`}
  </div>
</footer>`;
}

export function layout(ctx: PageContext, options: LayoutOptions): string {
  const { t } = ctx;
  const isPublic = options.audience === 'public';
  const title = isPublic
    ? `${options.title} — ${ctx.organisation}`
    : `${options.title} — ${t.appName} — ${ctx.organisation}`;
  return page(html`<html lang="${ctx.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
${options.refresh && html`<meta http-equiv="refresh" content="${String(options.refresh)}">`}
<title>${title}</title>
<link rel="stylesheet" href="/assets/site.css">
</head>
<body class="app${isPublic ? ' public' : ''}">
<a class="skip-link" href="#main">${t.skipLink}</a>
${header(ctx, options)}
<main id="main" class="app-main" tabindex="-1">
${options.main}
</main>
${isPublic && footer(ctx)}
</body>
</html>`);
}
