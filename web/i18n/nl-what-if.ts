/** Issue 22, the what-if page in Dutch: a proposed procedure replayed on a period's complaints. */
export const nlWhatIf = {
  whatIf: {
    title: 'Wat als de procedure anders was',
    link: 'Wat als de procedure anders was: een voorstel doorrekenen',
    intro:
      'De klachten van een periode opnieuw doorlopen, eenmaal met de huidige termijnen en eenmaal met een voorstel. Er wordt niets verstuurd of opgeslagen.',
    form: 'Voorstel',
    from: 'Van',
    fromHint: 'De eerste dag waarop klachten binnenkwamen.',
    to: 'Tot en met',
    toHint: 'De laatste dag; de periode is ten hoogste 366 dagen.',
    settings: 'Voorgestelde instellingen',
    settingsHint: 'Leeg: zoals nu.',
    replyTermDays: 'Antwoordtermijn in dagen (REPLY_TERM_DAYS)',
    replyTermDaysHint: 'Bijvoorbeeld 10.',
    workingDays: 'Antwoordtermijn tellen in (REPLY_TERM_IN_WORKING_DAYS)',
    asNow: 'Zoals nu',
    workingDaysYes: 'Werkdagen',
    workingDaysNo: 'Kalenderdagen',
    callbackDue: 'Terugbellen binnen (CALLBACK_DUE)',
    callbackDueHint: 'Een duur, bijvoorbeeld 2h of 1d.',
    acknowledgementLead: 'Ontvangstbevestiging vooraf (ACKNOWLEDGEMENT_LEAD)',
    acknowledgementLeadHint: 'Hoe lang voor het einde van de termijn, bijvoorbeeld 3d.',
    more: 'Verdere instellingen',
    moreHint: 'Eén per regel, als NAAM=WAARDE, bijvoorbeeld MAX_PROMISE_DAYS=28.',
    staff: 'Wanneer medewerkers handelen in het voorstel',
    staffSameTime: 'Even lang na binnenkomst als in werkelijkheid',
    staffSameWorkingDay: 'Op dezelfde werkdag na binnenkomst, op hetzelfde tijdstip',
    staffSameWorkingDayHint: 'Voor een voorstel dat de werkdagen verandert.',
    submit: 'Doorrekenen',

    running: 'Bezig met doorrekenen…',
    runningText:
      'De klachten worden opnieuw doorlopen. Dit duurt seconden tot enkele minuten; deze pagina ververst zichzelf elke 3 seconden.',
    runningAgain: 'Nog niet klaar? Ververs de pagina.',
    failed: 'Het doorrekenen is mislukt',
    failedText:
      'Het doorrekenen is niet gelukt. Probeer het opnieuw; lukt het weer niet, meld het dan aan de beheerder.',
    again: 'Een ander voorstel doorrekenen',

    lead: (period: string, settings: string) => `Klachten ontvangen ${period}, met ${settings}.`,
    noChange: 'geen wijziging',
    staffTiming: (sameWorkingDay: boolean): string =>
      sameWorkingDay
        ? 'Medewerkers handelen op dezelfde werkdag na binnenkomst.'
        : 'Medewerkers handelen even lang na binnenkomst als in werkelijkheid.',
    table: 'Huidige procedure en voorstel naast elkaar',
    figure: 'Cijfer',
    baseline: 'Nu',
    proposal: 'Voorstel',
    change: 'Verschil',
    complaints: 'Klachten',
    termsMet: (rule: string) => `${rule}: termijnen gehaald`,
    termsMissed: (rule: string) => `${rule}: termijnen gemist`,
    promisesMade: 'Toezeggingen gedaan',
    promisesMissed: 'Toezeggingen niet nagekomen',
    reminders: 'Herinneringen aan behandelaar of balie',
    escalations: 'Meldingen aan een manager',
    refused: 'Stappen die het voorstel niet toestaat',
    actionsDue: 'Taken die vervallen',
    busiestWeek: 'Taken in de drukste week',
    dueInWeek: (week: string) => `Taken die vervallen in week ${week}`,
    weeksNote: 'Van de weken staan alleen die waarin het aantal taken verandert hier; de CSV heeft elke week.',

    changed: (n: number): string =>
      n === 1 ? '1 klacht met een andere uitkomst' : `${n} klachten met een andere uitkomst`,
    changedNone: 'Geen klacht heeft onder het voorstel een andere uitkomst.',
    reference: 'Klacht',
    outcome: (o: string): string => (o === 'met' ? 'alle termijnen gehaald' : `gemist: ${o.replace(/^missed /, '')}`),
    faithfulness: 'Betrouwbaarheid',
    faithfulnessText: (reproduced: number, of: number) =>
      `Met de huidige termijnen reproduceert het doorrekenen het register voor ${reproduced} van de ${of} klachten.`,
    differing: (reference: string, register: string, replay: string) =>
      `${reference}: register ${register}, doorgerekend ${replay}`,
    csv: 'Deze uitkomst als CSV',
  },
};
