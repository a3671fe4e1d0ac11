/** The report page (R6) in Dutch: what complaints teach, each figure beside the period before. */
const days = (n: string, one: boolean) => (one ? `${n} dag` : `${n} dagen`);

export const nlReports = {
  reports: {
    title: 'Rapportage',
    intro: (period: string, previous: string) =>
      `Wat de klachten ons leren (R6): ${period}, met daarnaast de periode ervoor (${previous}).`,
    measured: (at: string) => `Gemeten op ${at}: termijnen die toen nog liepen, tellen als lopend.`,
    periodName: (from: string, to: string) => `${from} t/m ${to}`,

    form: 'Periode kiezen',
    from: 'Van',
    fromHint: 'De eerste dag van de periode.',
    to: 'Tot en met',
    toHint: 'De laatste dag. Beide leeg: dit jaar tot en met vandaag.',
    shown: (period: string, byDefault: boolean) =>
      byDefault ? `Getoond: dit jaar tot en met vandaag (${period}).` : `Getoond: ${period}.`,
    show: 'Rapportage tonen',

    current: 'Deze periode',
    previous: 'Periode ervoor',
    figure: 'Cijfer',

    volume: 'Aantal klachten',
    total: 'Ontvangen klachten',
    perMonth: 'Klachten per maand',
    month: 'Maand',
    monthBefore: (count: string, month: string) => `${count} (${month})`,
    perChannel: 'Per kanaal',
    perService: 'Per dienst',
    perCategory: 'Per categorie',
    perCause: 'Per oorzaak (de 10 meest voorkomende)',
    channel: 'Kanaal',
    service: 'Dienst',
    category: 'Categorie',
    cause: 'Oorzaak',
    other: (values: number) => `Overige (${values} andere)`,
    notRecorded: 'Niet vastgelegd',
    unknown: 'onbekend (bij overige)',
    noValues: 'Niets vastgelegd in deze periodes.',

    timeliness: 'Tijdigheid',
    timelinessIntro:
      'Van de klachten die in de periode binnenkwamen: het deel dat op tijd was, van alles wat al beslist is.',
    reply: 'Binnen de termijn beantwoord of ontvangst bevestigd (R9, R3)',
    acknowledgement: 'Ontvangstbevestiging op tijd verstuurd (R3, R10)',
    promises: 'Toezeggingen nagekomen (R10, R4)',
    callback: 'Op tijd teruggebeld (R7)',
    median: 'Dagen tot antwoord, mediaan (R9)',
    p90: 'Dagen tot antwoord: 90% binnen',
    termMissed: 'Termijn al verstreken bij registratie (R3, R9)',
    share: (percent: string, inTime: number, decided: number) => `${percent} (${inTime} van ${decided})`,
    pending: (n: number) => `${n} loopt nog`,
    noShare: 'nog niets beslist',
    days: (n: string, one: boolean) => days(n, one),
    replies: (n: number) => (n === 1 ? '1 antwoord' : `${n} antwoorden`),
    noReplies: 'geen antwoorden',

    backlog: (date: string) => `Openstaand op ${date}`,
    backlogIntro: (previous: string) =>
      `Openstaande klachten naar dagen sinds ontvangst; daarnaast de stand op ${previous}.`,
    age: 'Leeftijd',
    ageDays: (label: string) => `${label} dagen`,
    backlogTotal: 'Totaal openstaand',

    corrective: 'Verbetermaatregelen (R5)',
    correctiveCount: 'Maatregelen genomen bij het afsluiten',
    recent: 'De meest recente maatregelen',
    complaint: 'Klacht',
    closed: 'Afgesloten',
    measure: 'Maatregel',
    noMeasures: 'Geen maatregelen in deze periode.',

    satisfaction: 'Tevredenheid',
    answers: 'Antwoorden op de tevredenheidsvraag',
    average: 'Gemiddeld cijfer (1 tot 5)',
    score: (k: number) => `Cijfer ${k}`,
    noAverage: 'geen antwoorden',

    downloads: 'Downloaden',
    summaryCsv: 'Deze cijfers als CSV',
    complaintsCsv: 'De klachten van deze periode als CSV',
    complaintsCsvHint: 'Eén regel per klacht, zonder naam, contactgegevens of woorden van de klager.',

    chartsNote: 'De cijfers van elke grafiek staan ook in de tabel ernaast.',
    charts: {
      'volume-trend': (p: string, q: string) =>
        `Lijngrafiek van het aantal klachten per maand, ${p} tegenover ${q}. De cijfers staan in de tabel "Klachten per maand".`,
      channels: (p: string, q: string) =>
        `Staafdiagram van de klachten per kanaal, ${p} tegenover ${q}. De cijfers staan in de tabel "Per kanaal".`,
      categories: (p: string, q: string) =>
        `Staafdiagram van de klachten per categorie, ${p} tegenover ${q}. De cijfers staan in de tabel "Per categorie".`,
      causes: (p: string, q: string) =>
        `Staafdiagram van de tien meest voorkomende oorzaken, ${p} tegenover ${q}. De cijfers staan in de tabel "Per oorzaak".`,
      backlog: (p: string, q: string) =>
        `Staafdiagram van de openstaande klachten naar leeftijd op ${p} tegenover ${q}. De cijfers staan in de tabel ernaast.`,
    },
  },
};
