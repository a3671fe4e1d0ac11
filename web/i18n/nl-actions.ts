/**
 * The staff actions' forms and the complaint's recorded steps, in Dutch. One entry per action of
 * domain/actions.ts, with a label for every field of its body: the compiler asks for a new one.
 */
import type { EventName } from '../../domain/events';
import type { ActionTexts } from '../action-forms';

const CHANNEL_OPTIONS = { email: 'Per e-mail', letter: 'Per brief (daarna afdrukken en posten)' };

export const nlActions = {
  actions: {
    'callback-done': {
      title: 'Terugbellen gedaan (R7)',
      intro: 'Leg vast hoe het terugbelgesprek ging.',
      submit: 'Terugbellen vastleggen',
      done: 'Het terugbellen is vastgelegd.',
      fields: {
        outcome: {
          label: 'Hoe is het gesprek afgelopen?',
          options: {
            resolved: 'Opgelost: de klager is in het gesprek beantwoord',
            needs_handling: 'Verdere behandeling nodig: een schriftelijke reactie binnen de termijn (R9)',
          },
        },
        answer: { label: 'Wat hebt u geantwoord of afgesproken?' },
      },
    },
    'written-confirmation': {
      title: 'Mondeling antwoord schriftelijk bevestigen (R8)',
      intro: 'Alleen als de klager daarom vraagt, in overleg met een gemachtigde.',
      submit: 'Bevestiging versturen',
      done: 'De schriftelijke bevestiging gaat naar de klager.',
      fields: { channel: { label: 'Hoe gaat de bevestiging naar de klager?', options: CHANNEL_OPTIONS } },
    },
    'cannot-answer-in-time': {
      title: 'Niet op tijd te beantwoorden (R3, R10)',
      intro:
        'De klager krijgt nu een ontvangstbevestiging met de verdere behandeling en de datum waarop u uiterlijk reageert. Die datum wordt bewaakt (R4).',
      submit: 'Ontvangstbevestiging versturen',
      done: 'De ontvangstbevestiging met de nieuwe datum gaat naar de klager.',
      fields: {
        way: { label: 'Hoe wordt de klacht verder behandeld?', hint: 'Dit leest de klager in de bevestiging.' },
        expectedBy: { label: 'Uiterlijk op welke datum reageert u?' },
      },
    },
    'reply-sent': {
      title: 'Reactie versturen (R9)',
      intro: 'De officiële reactie op de klacht. Daarmee stopt de termijn.',
      submit: 'Reactie versturen',
      done: 'De reactie is vastgelegd.',
      fields: {
        channel: {
          label: 'Hoe gaat de reactie naar de klager?',
          options: {
            email: 'Per e-mail: het klachtenregister verstuurt hem',
            letter: 'Per brief: daarna afdrukken en posten',
            elsewhere: 'Al op een andere manier gegeven: alleen vastleggen',
          },
        },
        text: {
          label: 'Tekst van de reactie',
          hint: 'Nodig bij een e-mail of een brief.',
          requiredWhen: '(verplicht bij e-mail en brief)',
        },
      },
    },
    close: {
      title: 'Afsluiten (R5, R6)',
      submit: 'Klacht afsluiten',
      done: 'De klacht is afgesloten.',
      fields: {
        resolution: { label: 'Hoe is de klacht afgehandeld?' },
        correctiveAction: { label: 'Wat is er hersteld of verbeterd?', hint: 'R5: fouten snel herstellen.' },
        category: { label: 'Categorie', hint: 'Bijvoorbeeld facturatie, bejegening of wachttijd.' },
        cause: { label: 'Oorzaak' },
      },
    },
    withdraw: {
      title: 'Intrekken',
      intro: 'De klager trekt de klacht in. Alle termijnen stoppen.',
      submit: 'Klacht intrekken',
      done: 'De klacht is ingetrokken.',
      fields: { reason: { label: 'Reden' } },
    },
    reopen: {
      title: 'Heropenen (R4)',
      intro:
        'De klager is het niet eens met de afhandeling. De klacht gaat opnieuw in behandeling, met een nieuwe termijn; de klager hoort dat.',
      submit: 'Klacht heropenen',
      done: 'De klacht is heropend.',
      fields: { reason: { label: 'Waarom wordt de klacht heropend?' } },
    },
    'send-message': {
      title: 'Bericht aan de klager (R4)',
      intro: 'Een tussenbericht of een vervolg. De termijn loopt gewoon door.',
      submit: 'Bericht versturen',
      done: 'Het bericht gaat naar de klager.',
      fields: {
        channel: {
          label: 'Hoe gaat het bericht naar de klager?',
          hint: 'Niets gekozen: per e-mail als dat kan.',
          options: CHANNEL_OPTIONS,
        },
        subject: { label: 'Onderwerp' },
        text: { label: 'Bericht' },
      },
    },
    'resend-message': {
      title: 'Opnieuw versturen',
      submit: 'Opnieuw versturen',
      done: 'Het bericht gaat opnieuw naar de klager, naar de huidige gegevens.',
      fields: { messageId: { label: 'Bericht' } },
    },
    assign: {
      title: 'Toewijzen',
      intro: 'Herinneringen over deze klacht gaan naar de behandelaar.',
      submit: 'Toewijzen',
      done: 'De klacht is toegewezen.',
      fields: { handler: { label: 'Behandelaar', hint: 'Een medewerker die klachten behandelt.' } },
    },
  } satisfies ActionTexts,

  /** Each step the register records, by its action. */
  steps: {
    registered: 'Geregistreerd (R2)',
    procedure_started: 'Procedure gestart',
    callback_done: 'Teruggebeld (R7)',
    callback_overdue: 'Herinnering: terugbellen is te laat (R7)',
    callback_escalated: 'Terugbellen bleef uit: naar een leidinggevende (R7, R4)',
    acknowledged: 'Ontvangst bevestigd, met de verdere behandeling (R3, R10)',
    reply_sent: 'Reactie verstuurd (R9)',
    closed: 'Afgesloten (R5, R6)',
    reopened: 'Heropend (R4)',
    withdrawn: 'Ingetrokken',
    assigned: 'Toegewezen',
    message_sent: 'Bericht aan de klager',
    message_resent: 'Bericht opnieuw verstuurd',
    message_failed: 'Bericht niet verzonden',
    written_confirmation_requested: 'Schriftelijke bevestiging gevraagd (R8)',
    promise_reminder: 'Herinnering: de toegezegde datum nadert (R4)',
    escalated: 'Toegezegde datum gemist: naar een leidinggevende (R4)',
    close_reminder: 'Herinnering: nog afsluiten (R6)',
    letter_not_posted: 'Brief nog niet gepost (R4)',
    letter_posted: 'Brief gepost',
    term_missed_at_entry: 'Termijn al verstreken bij de registratie (R3, R9)',
    note: 'Interne notitie',
    incoming_message: 'Bericht van de klager binnengekomen',
    contact_corrected: 'Contactgegevens gecorrigeerd',
    anonymised: 'Persoonsgegevens verwijderd (AVG)',
    data_exported: 'Gegevens opgevraagd voor inzage (AVG)',
    satisfaction: 'Tevredenheid beantwoord (R6)',
  } satisfies Record<EventName, string> as Record<string, string>,

  /** The facts a step carries, by their name in its record. */
  stepDetails: {
    outcome: 'Uitkomst',
    answer: 'Antwoord',
    way: 'Verdere behandeling',
    expectedBy: 'Reactie uiterlijk',
    channel: 'Hoe',
    resolution: 'Afhandeling',
    correctiveAction: 'Hersteld of verbeterd',
    category: 'Categorie',
    cause: 'Oorzaak',
    reason: 'Reden',
    handler: 'Behandelaar',
    text: 'Tekst',
    subject: 'Onderwerp',
    score: 'Tevredenheid (1 tot 5)',
    comment: 'Toelichting',
    receivedAt: 'Ontvangen',
    automatic: 'Automatisch verstuurd',
    changes: 'Wijzigingen',
    retention: 'Bewaartermijn verstreken: afgesloten of ingetrokken vóór',
    format: 'Bestand',
    purpose: 'Welke brief',
  } as Record<string, string>,

  /** Values of a step's facts in words. */
  stepValues: {
    resolved: 'opgelost in het gesprek',
    needs_handling: 'verdere behandeling nodig',
    email: 'e-mail',
    letter: 'brief',
    elsewhere: 'op een andere manier',
    phone: 'telefoon',
    in_person: 'aan de balie',
    web: 'webformulier',
    true: 'ja',
  } as Record<string, string>,
};
