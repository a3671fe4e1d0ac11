/**
 * The desk's pages in Dutch: a complaint's page, intake and the letters to post. The procedure's own
 * words (phases, deadlines, messages by their rule) come from domain/explain.ts, which Temporal Web shows
 * too, so staff read the same words everywhere.
 */
import { DEADLINE, MESSAGE, NEXT, NOTICE, PHASE } from '../../domain/explain';

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const capitalised = <K extends string>(words: Record<K, string>) =>
  Object.fromEntries(Object.entries<string>(words).map(([k, v]) => [k, capital(v)])) as Record<K, string>;

export const nlDesk = {
  actors: { system: 'het klachtenregister', public: 'de klager, via het webformulier' },

  complaint: {
    facts: 'De klacht',
    subject: 'Onderwerp',
    description: 'Omschrijving',
    channel: 'Binnengekomen via',
    service: 'Dienst',
    unknown: 'onbekend',
    received: 'Ontvangen',
    registered: 'Geregistreerd',
    registeredBy: (who: string, at: string) => `${at} door ${who}`,
    handler: 'Behandelaar',
    unassigned: 'niet toegewezen',
    answeredAtOnce: (who: string) => `Direct mondeling beantwoord door ${who} (R7)`,

    standing: 'Stand van zaken',
    phases: capitalised(PHASE),
    next: 'Volgende stap',
    steps: capitalised(NEXT),
    noNext: 'Geen: de klacht is afgehandeld.',
    deadlines: 'Lopende termijnen',
    deadlineNames: DEADLINE,
    overdue: 'Te laat',
    promised: (date: string) => `Aan de klager toegezegd: reactie uiterlijk ${date}.`,
    escalated: 'Geëscaleerd: de toegezegde datum is gemist (R4).',
    callbackEscalated: 'Geëscaleerd: het terugbellen bleef uit (R7, R4).',
    termMissed: 'De termijn was al verstreken toen de klacht werd geregistreerd (R3, R9).',
    reminders: (n: number) => (n === 1 ? '1 herinnering verstuurd.' : `${n} herinneringen verstuurd.`),
    unavailable:
      'De procedure van deze klacht antwoordt nu niet (de worker draait niet, of Temporal is niet bereikbaar). U ziet wat het register weet. Termijnen en acties komen terug zodra de procedure weer antwoordt.',

    actions: 'Acties',
    actionsIntro: 'Alleen wat de stand van de klacht en uw rollen nu toelaten.',
    noActions: 'Er is nu geen actie die u met uw rollen kunt doen.',
    actionsUnavailable: 'Acties kunnen weer zodra de procedure antwoordt. Notities en contactgegevens kunnen wel.',
    preview: {
      button: 'Voorbeeld',
      title: 'Voorbeeld van het bericht',
      intro:
        'Zo gaat het bericht naar de klager. Waar [persoonlijke statuslink] staat, staat bij het versturen de werkende link van de klager.',
      channel: 'Hoe',
      recipient: 'Aan',
      subject: 'Onderwerp',
      channels: { email: 'per e-mail', letter: 'per brief: afdrukken en posten' } as Record<string, string>,
      nothing: 'Er gaat geen bericht naar de klager: de reactie is al op een andere manier gegeven.',
      frame: (name: string) =>
        `Schrijf alleen de inhoud. Het bericht begint zelf met een aanhef met de naam van de klager (${name}) en eindigt met de persoonlijke statuslink, een groet met onze contactgegevens en het kenmerk. Met "Voorbeeld" ziet u het hele bericht voordat het verstuurd wordt.`,
    },

    complainant: 'Klager',
    name: 'Naam',
    email: 'E-mailadres',
    phone: 'Telefoonnummer',
    address: 'Postadres',
    language: 'Taal van berichten',
    languages: { nl: 'Nederlands', en: 'Engels' } as Record<string, string>,
    none: 'geen',
    correct: 'Contactgegevens corrigeren',
    correctIntro: 'Het volgende bericht gaat naar de gecorrigeerde gegevens. Een leeg veld haalt het gegeven weg.',
    correctSubmit: 'Gegevens opslaan',

    notes: 'Interne notities',
    notesIntro: 'Alleen voor medewerkers: de klager ziet dit nooit.',
    noNotes: 'Nog geen notities.',
    note: 'Notitie',
    addNote: 'Notitie toevoegen',

    incoming: 'Bericht van de klager vastleggen',
    incomingIntro:
      'Wat de klager later liet weten, per telefoon, e-mail, brief of aan de balie. Het komt in de tijdlijn; de termijnen veranderen niet.',
    incomingChannel: 'Hoe kwam het binnen?',
    incomingChannels: { phone: 'Telefoon', in_person: 'Aan de balie', email: 'E-mail', letter: 'Brief' },
    incomingText: 'Wat liet de klager weten?',
    incomingDate: 'Datum van ontvangst',
    incomingDateHint: 'Leeg: vandaag.',
    incomingSubmit: 'Bericht vastleggen',

    timeline: 'Tijdlijn',
    timelineIntro: 'Alles wat er met de klacht gebeurde en elk bericht, het oudste eerst.',
    by: (who: string) => `door ${who}`,
    toComplainant: 'Aan de klager',
    toStaff: 'Aan medewerkers',
    purposes: { ...MESSAGE, ...NOTICE } as Record<string, string>,
    content: 'Inhoud tonen',
    recipient: 'Aan',
    openPdf: 'Brief openen (PDF)',
    markPosted: 'Brief is gepost',
    via: { email: 'per e-mail', letter: 'per brief' } as Record<string, string>,
    messageStatus: {
      pending: 'wordt verstuurd',
      sent: 'verstuurd',
      failed: 'niet verzonden',
      to_post: 'nog te posten',
      posted: 'gepost',
      resent: 'opnieuw verstuurd',
      cancelled: 'niet meer verstuurd (persoonsgegevens verwijderd)',
    } as Record<string, string>,
    postBy: (when: string) => `posten ${when}`,

    proof: 'Termijnbewijs',
    proofIntro:
      'Elke termijn die gold: wanneer die afliep en waarmee die gehaald werd. Uit het register, zodat het bewijs blijft bestaan.',
    proofTerm: 'Termijn',
    proofDue: 'Einde termijn',
    proofOutcome: 'Uitkomst',
    proofEvidence: 'Vastgelegd',
    noProof: 'Nog geen termijnen vastgelegd.',
    outcomes: {
      met: 'Gehaald',
      missed: 'Gemist',
      running: 'Loopt nog',
      replaced: 'Vervangen door een nieuwe datum',
      not_needed: 'Niet meer nodig',
      awaiting_posting: 'Wacht op posten van de brief',
    } as Record<string, string>,

    done: {
      registered: (reference: string) => `Klacht ${reference} is geregistreerd.`,
      note: 'De notitie is toegevoegd.',
      incoming: 'Het bericht van de klager is vastgelegd.',
      corrected: 'De contactgegevens zijn gecorrigeerd.',
      unchanged: 'De contactgegevens waren al zo: er is niets veranderd.',
      posted: 'De brief is als gepost vastgelegd.',
      attached: 'De bijlage is toegevoegd.',
      replyEmailSent: 'De reactie is per e-mail naar de klager verstuurd.',
      replyEmailGoing: 'De reactie is vastgelegd en gaat per e-mail naar de klager.',
      replyLetter: 'De reactie is vastgelegd. Druk de brief af en post hem: de termijn is gehaald als hij gepost is.',
    },
    attachments: {
      title: 'Bijlagen',
      none: 'Geen bijlagen.',
      fromComplainant: 'van de klager',
      toSend: 'gaat mee met het volgende bericht aan de klager',
      sent: 'meegestuurd',
      add: 'Bestanden',
      hint: (max: number, size: string) =>
        `Een gescande brief, een foto of een PDF: hoogstens ${max} bestanden van elk ${size}.`,
      outgoing: 'Meesturen met het volgende bericht aan de klager (per e-mail)',
      goesWith: (files: string) => `Gaat als bijlage mee als dit bericht per e-mail gaat: ${files}.`,
      submit: 'Bijlage toevoegen',
    },
  },

  intake: {
    title: 'Nieuwe klacht registreren',
    intro: 'Registreer elke klacht, mondeling of schriftelijk (R1, R2).',
    aboutComplaint: 'De klacht',
    aboutComplainant: 'De klager',
    channel: 'Hoe kwam de klacht binnen?',
    channels: { phone: 'Telefoon', in_person: 'Aan de balie', letter: 'Brief', email: 'E-mail' },
    receivedAt: 'Datum van ontvangst',
    receivedAtHint:
      'Bij een brief of e-mail die eerder binnenkwam: de datum waarop die binnenkwam. De termijn telt vanaf die dag (R9). Leeg: vandaag.',
    subject: 'Onderwerp',
    subjectHint: 'In een paar woorden.',
    description: 'Wat is de klacht?',
    descriptionHint: 'Schrijf op wat de klager vertelt of schrijft.',
    service: 'Over welke dienst gaat het?',
    serviceHint: 'Als dat bekend is.',
    name: 'Naam van de klager',
    email: 'E-mailadres',
    emailHint: 'Hierheen gaan de bevestiging en de reactie.',
    phone: 'Telefoonnummer',
    phoneHint: 'Voor het terugbellen bij een mondelinge klacht.',
    address: 'Postadres',
    addressHint: 'Voor een reactie per brief. Een schriftelijke klacht heeft een e-mailadres of een postadres nodig.',
    language: 'In welke taal schrijven wij de klager?',
    languages: { nl: 'Nederlands', en: 'Engels' },
    answeredAtOnce: 'Direct mondeling beantwoord? (R7)',
    answeredAtOnceHint:
      'Alleen bij een mondelinge klacht die u als gemachtigde meteen hebt beantwoord: wat hebt u geantwoord? Leeg: de klager wordt teruggebeld.',
    submit: 'Klacht registreren',
  },

  letters: {
    title: 'Brieven te versturen',
    intro: 'Brieven aan klagers die per post gaan: afdrukken, posten, en dan hier vastleggen dat ze gepost zijn.',
    postedTitle: 'Geposte brieven',
    postedIntro: 'De laatst geposte brieven.',
    showPosted: 'Geposte brieven bekijken',
    showToPost: 'Terug naar de brieven te versturen',
    none: 'Er zijn geen brieven te versturen.',
    nonePosted: 'Er zijn nog geen brieven gepost.',
    caption: 'Brieven',
    complaint: 'Klacht',
    letter: 'Brief',
    recipient: 'Aan',
    postBy: 'Posten',
    postedAt: 'Gepost',
    print: 'Afdrukken (PDF)',
    markPosted: 'Gepost',
    markPostedLabel: (reference: string) => `Brief voor ${reference} is gepost`,
    noDate: 'zo snel mogelijk',
    overdue: 'Te laat',
    postedBy: (who: string, at: string) => `${at} door ${who}`,
    all: 'Alle brieven tegelijk',
    allIntro: (n: number) =>
      n === 1
        ? 'Druk de brief hierboven af en leg daarna vast dat hij gepost is.'
        : `Druk de ${n} brieven hierboven af in één PDF, elke brief vanaf een nieuwe pagina, en leg daarna in één keer vast dat ze gepost zijn.`,
    printAll: 'Alle brieven afdrukken (één PDF)',
    markAllPosted: 'Deze brieven zijn alle gepost',
    allPosted: (n: number) =>
      n === 1 ? '1 brief is als gepost vastgelegd.' : `${n} brieven zijn als gepost vastgelegd.`,
  },
};
