/**
 * Every text of the web pages, in Dutch (the default); English: en.ts, with the same keys. The sections of
 * forms, actions, the desk's pages and the public pages live in nl-*.ts.
 */
import type { Channel } from '../../domain/channels';
import type { RegisterStatus } from '../../domain/complaint';
import { nlAccounts } from './nl-accounts';
import { nlActions } from './nl-actions';
import { nlDesk } from './nl-desk';
import { nlForms } from './nl-forms';
import { nlPublic } from './nl-public';
import { nlPrivacy } from './nl-privacy';
import { nlReports } from './nl-reports';
import { nlWhatIf } from './nl-what-if';
import { nlLists } from './nl-lists';
import { nlMailbox } from './nl-mailbox';
import { nlTemplates } from './nl-templates';

const seconds = (s: number) => (s < 90 ? `${s} seconden` : `${Math.ceil(s / 60)} minuten`);

export const nl = {
  lang: 'nl',
  appName: 'Klachtenregister',
  skipLink: 'Naar de inhoud',
  otherLanguage: { label: 'English', lang: 'en' },
  nav: {
    label: 'Hoofdmenu',
    inbox: 'Inbox',
    newComplaint: 'Nieuwe klacht',
    letters: 'Brieven te versturen',
    reports: 'Rapportage',
    accounts: 'Accounts',
    privacy: 'Privacy (AVG)',
    lists: 'Lijsten',
    templates: 'Antwoordsjablonen',
    mailbox: 'E-mail te beoordelen',
  },
  signedInAs: (name: string) => `Ingelogd als ${name}`,
  signOut: 'Uitloggen',

  signIn: {
    title: 'Inloggen',
    intro: 'Log in met de loginnaam en het wachtwoord van uw account.',
    login: 'Loginnaam',
    password: 'Wachtwoord',
    submit: 'Inloggen',
    signedOut: 'U bent uitgelogd.',
    errorTitle: 'Er is een probleem',
    missing: 'Vul uw loginnaam en wachtwoord in.',
    wrong: 'De loginnaam of het wachtwoord klopt niet.',
    tooMany: (wait: number) =>
      `Te veel mislukte pogingen om in te loggen. Wacht ${seconds(wait)} en probeer het dan opnieuw.`,
    noPassword: 'Hebt u nog geen account? Vraag het aan de beheerder van het klachtenregister.',
  },

  inbox: {
    title: 'Inbox',
    intro: 'Openstaande klachten, de eerstvolgende termijn eerst.',
    filters: 'Filteren',
    status: 'Status',
    allOpen: 'Alle openstaande',
    channel: 'Kanaal',
    anyChannel: 'Alle kanalen',
    handler: 'Behandelaar',
    anyHandler: 'Iedereen',
    mine: 'Alleen mijn klachten',
    overdueOnly: 'Alleen te laat',
    search: 'Zoeken',
    searchHint: 'Kenmerk, onderwerp, omschrijving, naam of e-mailadres',
    apply: 'Toon klachten',
    clear: 'Filters wissen',
    perStatus: 'Aantal per status',
    results: (n: number) => (n === 1 ? '1 klacht' : `${n} klachten`),
    moreResults: (n: number) => `Meer dan ${n} klachten`,
    overdueCount: (n: number) => `${n} te laat`,
    none: 'Geen klachten gevonden.',
    caption: 'Klachten',
    reference: 'Kenmerk',
    subject: 'Onderwerp',
    complainant: 'Klager',
    deadline: 'Volgende termijn',
    noDeadline: 'geen',
    overdue: 'Te laat',
    unassigned: 'niet toegewezen',
    pages: 'Paginering',
    previous: 'Vorige',
    next: 'Volgende',
    pageOf: (page: number, pages: number) => `Pagina ${page} van ${pages}`,
  },

  deadline: {
    day: (date: string) => `uiterlijk ${date}`,
  },

  errors: {
    back: 'Terug naar de startpagina',
    400: { title: 'Dit begrijpen wij niet', body: 'Controleer de filters of het formulier en probeer het opnieuw.' },
    403: { title: 'Geen toegang', body: 'Met de rollen van uw account mag u deze pagina niet zien.' },
    csrf: {
      title: 'Formulier verlopen',
      body: 'Dit formulier is verlopen of komt niet van deze site. Laad de pagina opnieuw en probeer het nog eens.',
    },
    404: { title: 'Pagina niet gevonden', body: 'Deze pagina bestaat niet. Controleer het adres.' },
    500: {
      title: 'Er ging iets mis',
      body: 'Er ging aan onze kant iets mis. Probeer het later opnieuw; blijft het misgaan, meld het dan aan de beheerder.',
    },
  },

  status: {
    registered: 'Geregistreerd',
    awaiting_callback: 'Wacht op terugbellen',
    in_handling: 'In behandeling',
    acknowledged: 'Ontvangst bevestigd',
    answered: 'Beantwoord, af te sluiten',
    closed: 'Afgesloten',
    withdrawn: 'Ingetrokken',
  } satisfies Record<RegisterStatus, string>,

  channel: {
    phone: 'Telefoon',
    in_person: 'Aan de balie',
    letter: 'Brief',
    email: 'E-mail',
    web: 'Webformulier',
  } satisfies Record<Channel, string>,

  ...nlForms,
  ...nlActions,
  ...nlDesk,
  ...nlPublic,
  ...nlReports,
  ...nlWhatIf,
  ...nlAccounts,
  ...nlPrivacy,
  ...nlLists,
  ...nlMailbox,
  ...nlTemplates,
};

export type Texts = typeof nl;
