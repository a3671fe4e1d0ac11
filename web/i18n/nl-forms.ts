/**
 * What forms say, in Dutch: the common words, and each problem and refusal the API can answer in words a
 * person can act on (web/problems.ts recognises the API's reasons and picks the text here).
 */
export const nlForms = {
  forms: {
    errorTitle: 'Er is een probleem',
    optional: '(niet verplicht)',
    refused: 'Dit kan nu niet.',
  },

  /** A problem with one field; `label` is the field's label. */
  problems: {
    empty: (label: string) => `${label}: vul dit in.`,
    choose: (label: string) => `${label}: kies een van de mogelijkheden.`,
    email: (label: string) => `${label}: vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.`,
    tooLong: (label: string, max: number) => `${label}: gebruik hoogstens ${max} tekens.`,
    controlCharacters: (label: string) => `${label}: gebruik geen tabs of andere stuurtekens.`,
    date: (label: string) => `${label}: vul een datum in.`,
    afterToday: (label: string) => `${label}: kies een datum na vandaag.`,
    withinDays: (label: string, days: number) => `${label}: kies een datum binnen ${days} dagen vanaf vandaag.`,
    notWorkingDay: (label: string, next: string) =>
      `${label}: dat is geen werkdag. De eerstvolgende werkdag is ${next}.`,
    inFuture: (label: string) => `${label}: deze datum ligt in de toekomst.`,
    tooOld: (label: string, days: number) => `${label}: deze datum ligt meer dan ${days} dagen terug.`,
    replyText: (label: string) => `${label}: vul de tekst in die naar de klager gaat.`,
    writtenRoute: () =>
      'Vul een e-mailadres of een postadres in: een schriftelijke klacht beantwoorden wij schriftelijk.',
    onlyOral: (label: string) =>
      `${label}: alleen een mondelinge klacht (telefoon, balie) kan direct beantwoord worden.`,
    unknownHandler: (label: string) => `${label}: er is geen medewerker met deze loginnaam.`,
    handler: (label: string) => `${label}: vul één loginnaam van een medewerker of één e-mailadres in.`,
    score: (label: string) => `${label}: kies een antwoord.`,
    reference: (label: string) =>
      `${label}: vul het kenmerk in zoals het in onze brief of e-mail staat, bijvoorbeeld KL-2026-00042.`,
    afterEnd: (label: string) => `${label}: kies een datum die niet na de laatste dag ligt.`,
    bothDates: (label: string) => `${label}: vul beide datums in, of laat beide leeg.`,
    periodTooLong: (label: string, days: number) => `${label}: een periode is hoogstens ${days} dagen lang.`,
    emailOrReference: (label: string) => `${label}: vul een e-mailadres of een kenmerk in.`,
    other: (label: string, reason: string) => `${label}: ${reason}`,
  },

  /** Why the procedure refused an action (a 409), or why it could not be done now (a 503). */
  refusals: {
    final: (status: string) => `De klacht is ${status}: er kan niets meer aan veranderen.`,
    anonymised: 'De persoonsgegevens van deze klacht zijn verwijderd: er kan niets meer aan veranderen.',
    notNow: (status: string) => `Dit kan niet zolang de klacht de status "${status}" heeft.`,
    noEmail: 'De klager heeft geen e-mailadres. Vul eerst een e-mailadres in, of kies een brief.',
    noPostal: 'De klager heeft geen postadres voor een brief. Vul eerst een postadres in, of kies e-mail.',
    noWrittenRoute:
      'De klager heeft geen e-mailadres en geen postadres voor een schriftelijke reactie. Vul er eerst een in, of los het op in het gesprek.',
    noOralAnswer: 'Er is nog geen mondeling antwoord om te bevestigen.',
    confirmationSent: 'De schriftelijke bevestiging is al verstuurd, op een andere manier.',
    replySent: 'De reactie is al verstuurd; die kan niet meer veranderen. Stuur zo nodig een bericht aan de klager.',
    onlyClosed: 'Alleen een afgesloten klacht kan heropend worden.',
    notFailed: 'Dit bericht is niet mislukt; er is niets opnieuw te versturen.',
    notTaken:
      'Het klachtenregister kon de actie nu niet uitvoeren: de procedure reageerde niet op tijd. Probeer het over een minuut opnieuw.',
    notClosedYet: 'Deze vraag stellen wij als de klacht is afgehandeld.',
    answeredAlready: 'Deze vraag is al beantwoord. Dank u wel.',
    other: (reason: string) => `Dit kan nu niet: ${reason}`,
  },
};
