import type { ComplainantTexts, LetterContext } from './texts';

const greeting = (c: LetterContext) => `Beste ${c.name},`;
const closing = (c: LetterContext) =>
  `Met vriendelijke groet,\n\n${c.organisation}\n\nWilt u bij contact over deze klacht het kenmerk ${c.reference} noemen?`;

export const nl: ComplainantTexts = {
  acknowledgement: (c, a) => ({
    subject: `Ontvangstbevestiging van uw klacht (${c.reference})`,
    body: [
      greeting(c),
      `Op ${c.receivedOn} hebben wij uw klacht over "${c.complaintSubject}" ontvangen. Dank u wel dat u de moeite hebt genomen ons dit te laten weten. Uw klacht is geregistreerd onder kenmerk ${c.reference}.`,
      a.way
        ? `Wij kunnen u nog niet direct een volledig antwoord geven. Zo gaan wij uw klacht verder behandelen: ${a.way}`
        : `Wij kunnen u nog niet direct een volledig antwoord geven. Een medewerker onderzoekt uw klacht zorgvuldig en neemt zo nodig contact met u op.`,
      `U ontvangt uiterlijk op ${a.expectedBy} onze officiële reactie. Lukt dat onverhoopt niet, dan laten wij u dat vóór die datum weten.`,
      closing(c),
    ].join('\n\n'),
  }),

  newDate: (c, a) => ({
    subject: `Nieuwe datum voor onze reactie op uw klacht (${c.reference})`,
    body: [
      greeting(c),
      a.later
        ? `Wij hadden u laten weten dat u uiterlijk op ${a.previousExpectedBy} onze reactie op uw klacht over "${c.complaintSubject}" zou ontvangen. Dat wordt later, en daarvoor bieden wij onze excuses aan.`
        : `Wij hadden u laten weten dat u uiterlijk op ${a.previousExpectedBy} onze reactie op uw klacht over "${c.complaintSubject}" zou ontvangen. Dat kan eerder.`,
      a.way ? `Zo gaan wij uw klacht verder behandelen: ${a.way}` : '',
      `U ontvangt uiterlijk op ${a.expectedBy} onze officiële reactie.`,
      closing(c),
    ]
      .filter(Boolean)
      .join('\n\n'),
  }),

  writtenConfirmation: (c, a) => ({
    subject: `Schriftelijke bevestiging van ons antwoord op uw klacht (${c.reference})`,
    body: [
      greeting(c),
      `Zoals afgesproken bevestigen wij hierbij schriftelijk het antwoord dat wij u op ${a.answeredOn} mondeling gaven op uw klacht over "${c.complaintSubject}":`,
      a.answer,
      `Hebt u nog vragen, of bent u het niet eens met dit antwoord? Neem dan gerust contact met ons op.`,
      closing(c),
    ].join('\n\n'),
  }),

  progress: (c, a) => ({
    subject: `Stand van zaken van uw klacht (${c.reference})`,
    body: [
      greeting(c),
      `Wij hadden u uiterlijk op ${a.expectedBy} een reactie op uw klacht over "${c.complaintSubject}" beloofd. Dat is ons niet gelukt, en daarvoor bieden wij onze excuses aan.`,
      `Uw klacht is nu voorgelegd aan een leidinggevende, die ervoor zorgt dat u zo snel mogelijk een antwoord krijgt en u daarover persoonlijk informeert.`,
      closing(c),
    ].join('\n\n'),
  }),

  reply: (c, a) => ({
    subject: `Reactie op uw klacht (${c.reference})`,
    body: [greeting(c), a.text, closing(c)].join('\n\n'),
  }),
};
