/** The complainant's pages in Dutch: the complaint form, the status page, a lost link. Plain language (B1). */
export const nlPublic = {
  public: {
    header: 'Klachten',
    contact: 'Contact',
    contactText: (organisation: string) => `Vragen over uw klacht? Neem contact op met ${organisation}.`,
    contactLabels: { phone: 'Telefoon', email: 'E-mail', website: 'Website' },

    form: {
      title: 'Een klacht indienen',
      intro: (organisation: string, days: number) =>
        `Bent u niet tevreden over ${organisation}? Vertel het ons. Wij reageren binnen ${days} dagen.`,
      subject: 'Waar gaat uw klacht over?',
      subjectHint: 'In een paar woorden, bijvoorbeeld: te lang gewacht op een afspraak.',
      description: 'Wat is er gebeurd?',
      descriptionHint: 'Vertel wat er gebeurde, wanneer, en wat u van ons verwacht.',
      service: 'Over welke afdeling of dienst gaat het?',
      serviceHint: 'Als u dat weet.',
      attachments: 'Bijlagen',
      attachmentsHint: (max: number, size: string) =>
        `Bijvoorbeeld een brief, een foto of een PDF: hoogstens ${max} bestanden van elk ${size}.`,
      about: 'Uw gegevens',
      name: 'Uw naam',
      email: 'Uw e-mailadres',
      emailHint: 'Wij sturen u een bevestiging en onze reactie per e-mail.',
      address: 'Uw postadres',
      addressHint: 'Alleen als u geen e-mailadres hebt: dan krijgt u onze reactie per brief.',
      phone: 'Uw telefoonnummer',
      phoneHint: 'Als wij u mogen bellen.',
      submit: 'Klacht versturen',
      privacy: 'Wij gebruiken uw gegevens alleen om uw klacht te behandelen.',
      tooMany: (minutes: number) =>
        `Er zijn vanaf uw internetverbinding te veel klachten verstuurd. Probeer het over ${minutes} minuten opnieuw, of neem contact met ons op.`,
      tooManyTitle: 'Probeer het later opnieuw',
      sentBefore:
        'Dit formulier is al eens verstuurd, met een andere tekst. Wat u nu invulde, staat hieronder. Verstuur het opnieuw als het een nieuwe klacht is.',
      expired:
        'Dit formulier was verlopen, en is nog niet verstuurd. Wat u invulde, staat hieronder. Controleer het en verstuur het opnieuw.',
      filedBefore: 'Al een klacht ingediend en de link naar uw klacht kwijt?',
    },

    status: {
      title: 'Uw klacht',
      filed: 'Wij hebben uw klacht ontvangen. Bewaar de link naar deze pagina: hier ziet u hoe het met uw klacht gaat.',
      now: 'Waar staat uw klacht?',
      next: 'Wat gebeurt er nu?',
      reference: 'Kenmerk',
      subject: 'Onderwerp',
      received: 'Ontvangen op',
      messages: 'Wat wij u stuurden',
      attachments: 'Wat u meestuurde',
      none: 'Nog geen berichten.',
      notYet: 'nog te versturen',
      byEmail: 'per e-mail',
      byLetter: 'per brief',
      content: 'Lees het bericht',
      question: 'Hoe tevreden bent u over de afhandeling van uw klacht?',
      scores: ['Zeer ontevreden', 'Ontevreden', 'Neutraal', 'Tevreden', 'Zeer tevreden'],
      comment: 'Toelichting',
      send: 'Verstuur',
      thanks: 'Dank u wel voor uw antwoord.',
      lost: 'Link kwijt? Vraag hem opnieuw aan',
    },

    lostLink: {
      title: 'Link naar uw klacht kwijt?',
      intro:
        'Vul het kenmerk van uw klacht en uw e-mailadres in. Horen die bij elkaar, dan sturen wij de link naar dat e-mailadres.',
      reference: 'Kenmerk van uw klacht',
      referenceHint: 'Dit staat in onze bevestiging, bijvoorbeeld KL-2026-00042.',
      email: 'Uw e-mailadres',
      emailHint: 'Het e-mailadres dat u bij uw klacht gaf.',
      submit: 'Stuur mij de link',
      requested:
        'Als dit kenmerk en dit e-mailadres bij elkaar horen, sturen wij de link naar dat e-mailadres. Kijk over een paar minuten in uw e-mail, ook bij ongewenste e-mail.',
      noEmail: 'Gaf u geen e-mailadres? Neem dan contact met ons op en noem het kenmerk.',
      withCode: 'Hebt u een brief van ons met een code? Vul die dan in op',
      byPost: 'Geen e-mailadres? Vraag de code per post aan',
      byPostIntro:
        'Vul het kenmerk van uw klacht en de postcode van uw adres in. Horen die bij elkaar, dan sturen wij u per post een brief met het korte adres en uw code.',
      postcode: 'Postcode van uw adres',
      postcodeHint: 'De postcode van het adres dat u bij uw klacht gaf, bijvoorbeeld 7622 AB.',
      byPostSubmit: 'Stuur mij de code per post',
      requestedByPost:
        'Als dit kenmerk en deze postcode bij elkaar horen, sturen wij u een brief met het korte adres en uw code. Die is binnen enkele werkdagen bij u.',
    },

    code: {
      title: 'Uw klacht volgen met de code uit onze brief',
      intro:
        'In onze brief staan het kenmerk van uw klacht en een code. Vul ze hieronder in; dan ziet u hoe het met uw klacht staat.',
      reference: 'Kenmerk van uw klacht',
      referenceHint: 'Bijvoorbeeld KL-2026-00042.',
      code: 'Code',
      codeHint: '12 tekens, bijvoorbeeld ABCD EFGH JKMN. Spaties en kleine letters mogen.',
      submit: 'Naar mijn klacht',
      tooMany: (minutes: number) =>
        `Er is te vaak een verkeerde code ingevuld. Probeer het over ${minutes} minuten opnieuw, of neem contact met ons op.`,
    },

    refused: {
      crossSite: {
        title: 'Formulier niet verstuurd',
        body: (formUrl: string) =>
          `Dit formulier kwam niet van onze eigen website. Daarom hebben wij er niets mee gedaan. Wilt u een klacht indienen of de link naar uw klacht opvragen? Ga dan naar ${formUrl}.`,
      },
      expired: {
        title: 'Formulier verlopen',
        body: (formUrl: string) =>
          `Dit formulier was verlopen. Wij hebben er niets mee gedaan. Ga terug, laad de pagina opnieuw en verstuur het formulier nog eens. Of begin opnieuw op ${formUrl}.`,
      },
    },

    unknownLink: {
      title: 'Link onbekend',
      heading: 'Deze link naar uw klacht kennen wij niet',
      body: "Misschien is de link niet helemaal overgenomen: sommige mailprogramma's breken lange links af. Kopieer de hele link uit onze e-mail en probeer het opnieuw.",
      contact: (organisation: string) =>
        `Lukt het niet? Neem dan contact op met ${organisation} en noem het kenmerk van uw klacht (bijvoorbeeld KL-2026-00042).`,
      lost: 'Of vraag de link opnieuw aan',
    },
  },
};
