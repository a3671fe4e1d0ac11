/** The privacy page (AVG) for operators in Dutch: inzage and verwijdering op verzoek. */
export const nlPrivacy = {
  privacy: {
    title: 'Privacy (AVG)',
    intro:
      'Voor verzoeken van klagers onder de AVG. Wat u hier doet, staat bij de klacht vastgelegd: wie, wanneer en waarom.',
    retention: (years: string) =>
      `Na het afsluiten of intrekken van een klacht worden de persoonsgegevens na ${years} automatisch verwijderd.`,
    accessTitle: 'Inzage',
    accessIntro:
      'Alles wat het register over één klager bewaart: elke klacht met de gegevens van de klager, de berichten en brieven, het verloop, notities en tevredenheid.',
    email: 'E-mailadres van de klager',
    emailHint: 'Vindt elke klacht onder dit adres, ook met andere hoofdletters.',
    reference: 'Kenmerk',
    referenceHint: 'Voor een klacht zonder e-mailadres, bijvoorbeeld KL-2026-00042.',
    optional: '(niet verplicht)',
    find: 'Zoeken',
    found: (n: number) => (n === 1 ? 'Eén klacht gevonden.' : `${n} klachten gevonden.`),
    none: 'Het register bewaart geen klachten bij deze gegevens.',
    complaint: 'Klacht',
    received: 'Ontvangen',
    status: 'Status',
    anonymised: 'Persoonsgegevens verwijderd',
    downloadJson: 'Downloaden als JSON',
    downloadPdf: 'Downloaden als PDF (leesbaar, om te versturen)',
    erasureTitle: 'Verwijderen op verzoek',
    erasureIntro:
      'Verwijdert nu de persoonsgegevens en alle teksten van één klacht. Een klacht die nog loopt, wordt eerst ingetrokken. Datums, kanaal, dienst, categorie, oorzaak en uitkomst blijven, zodat de rapportage klopt. Dit kan niet ongedaan worden gemaakt.',
    reason: 'Reden',
    reasonHint: 'Bijvoorbeeld: verzoek van de klager per brief van 3 december. Komt bij de klacht te staan.',
    confirm: 'Ik begrijp dat dit niet ongedaan kan worden gemaakt',
    confirmMissing: 'Bevestig dat u de gegevens wilt verwijderen.',
    erase: 'Persoonsgegevens verwijderen',
    erased: (reference: string) => `De persoonsgegevens van ${reference} zijn verwijderd.`,
    erasedWithdrawn: (reference: string) => `${reference} is ingetrokken en de persoonsgegevens zijn verwijderd.`,
  },
};
