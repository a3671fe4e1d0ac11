/** Every text of the staff web app, in English; the keys are Dutch's (nl.ts), checked by the compiler. */
import { enAccounts } from './en-accounts';
import { enActions } from './en-actions';
import { enDesk } from './en-desk';
import { enForms } from './en-forms';
import { enPublic } from './en-public';
import { enPrivacy } from './en-privacy';
import { enTemplates } from './en-templates';
import { enReports } from './en-reports';
import { enWhatIf } from './en-what-if';
import { enLists } from './en-lists';
import { enMailbox } from './en-mailbox';
import type { Texts } from './nl';

const seconds = (s: number) => (s < 90 ? `${s} seconds` : `${Math.ceil(s / 60)} minutes`);

export const en: Texts = {
  lang: 'en',
  appName: 'Complaints register',
  skipLink: 'Skip to main content',
  otherLanguage: { label: 'Nederlands', lang: 'nl' },
  nav: {
    label: 'Main menu',
    inbox: 'Inbox',
    newComplaint: 'New complaint',
    letters: 'Letters to send',
    reports: 'Reports',
    accounts: 'Accounts',
    privacy: 'Privacy (GDPR)',
    lists: 'Lists',
    templates: 'Reply templates',
    mailbox: 'E-mail to review',
  },
  signedInAs: (name) => `Signed in as ${name}`,
  signOut: 'Sign out',

  signIn: {
    title: 'Sign in',
    intro: 'Sign in with the login name and password of your account.',
    login: 'Login name',
    password: 'Password',
    submit: 'Sign in',
    signedOut: 'You have signed out.',
    errorTitle: 'There is a problem',
    missing: 'Enter your login name and password.',
    wrong: 'The login name or password is not right.',
    tooMany: (wait) => `Too many failed attempts to sign in. Wait ${seconds(wait)} and try again.`,
    noPassword: 'No account yet? Ask the operator of the complaints register.',
  },

  inbox: {
    title: 'Inbox',
    intro: 'Open complaints, the next deadline first.',
    filters: 'Filter',
    status: 'Status',
    allOpen: 'All open',
    channel: 'Channel',
    anyChannel: 'All channels',
    handler: 'Handler',
    anyHandler: 'Anyone',
    mine: 'Only my complaints',
    overdueOnly: 'Only overdue',
    search: 'Search',
    searchHint: 'Reference, subject, description, name or e-mail address',
    apply: 'Show complaints',
    clear: 'Clear filters',
    perStatus: 'Number per status',
    results: (n) => (n === 1 ? '1 complaint' : `${n} complaints`),
    moreResults: (n) => `More than ${n} complaints`,
    overdueCount: (n) => `${n} overdue`,
    none: 'No complaints found.',
    caption: 'Complaints',
    reference: 'Reference',
    subject: 'Subject',
    complainant: 'Complainant',
    deadline: 'Next deadline',
    noDeadline: 'none',
    overdue: 'Overdue',
    unassigned: 'not assigned',
    pages: 'Pages',
    previous: 'Previous',
    next: 'Next',
    pageOf: (page, pages) => `Page ${page} of ${pages}`,
  },

  deadline: {
    day: (date) => `by ${date}`,
  },

  errors: {
    back: 'Back to the start page',
    400: { title: 'We do not understand this', body: 'Check the filters or the form and try again.' },
    403: { title: 'No access', body: 'The roles of your account do not allow this page.' },
    csrf: {
      title: 'Form expired',
      body: 'This form has expired or does not come from this site. Reload the page and try again.',
    },
    404: { title: 'Page not found', body: 'This page does not exist. Check the address.' },
    500: {
      title: 'Something went wrong',
      body: 'Something went wrong on our side. Try again later; if it keeps failing, tell the administrator.',
    },
  },

  status: {
    registered: 'Registered',
    awaiting_callback: 'Awaiting callback',
    in_handling: 'In handling',
    acknowledged: 'Acknowledged',
    answered: 'Answered, to close',
    closed: 'Closed',
    withdrawn: 'Withdrawn',
  },

  channel: {
    phone: 'Phone',
    in_person: 'In person',
    letter: 'Letter',
    email: 'E-mail',
    web: 'Web form',
  },

  ...enForms,
  ...enActions,
  ...enDesk,
  ...enPublic,
  ...enReports,
  ...enWhatIf,
  ...enAccounts,
  ...enPrivacy,
  ...enLists,
  ...enMailbox,
  ...enTemplates,
};
