import type { ComplainantTexts, LetterContext, NextInWords } from './texts';

const greeting = (c: LetterContext) => `Beste ${c.name},`;
// The organisation's name with how to reach it: every letter and e-mail says where to turn (R5).
const signature = (c: LetterContext) => [c.organisation, ...c.contact].join('\n');
const closing = (c: LetterContext) =>
  [
    c.statusUrl ? `Hoe het met uw klacht staat, ziet u altijd via uw persoonlijke link:\n${c.statusUrl}` : '',
    `Met vriendelijke groet,\n\n${signature(c)}`,
    `Wilt u bij contact over deze klacht het kenmerk ${c.reference} noemen?`,
  ]
    .filter(Boolean)
    .join('\n\n');

const NEXT: Record<NextInWords['step'], (n: NextInWords) => string> = {
  reply: (n) =>
    `Een medewerker gaat uw klacht zorgvuldig bekijken. U ontvangt uiterlijk op ${n.by} onze reactie. Lukt dat onverhoopt niet, dan laten wij u vóór die datum weten hoe en wanneer wij reageren.`,
  call_back: (n) => `Wij bellen u terug, uiterlijk ${n.by}.`,
  close: () =>
    'U hebt ons antwoord al gekregen in ons gesprek. Wilt u dat wij dat antwoord schriftelijk bevestigen? Laat het ons dan weten.',
  none: () => 'Wij houden u op de hoogte.',
};

export const nl: ComplainantTexts = {
  contactLabels: { phone: 'Telefoon', email: 'E-mail', website: 'Website' },

  receipt: (c, a) => ({
    subject: `Wij hebben uw klacht ontvangen (${c.reference})`,
    body: [
      greeting(c),
      `Op ${c.receivedOn} hebben wij uw klacht over "${c.complaintSubject}" ontvangen. Dank u wel dat u ons dit laat weten. Uw klacht is geregistreerd onder kenmerk ${c.reference}.`,
      NEXT[a.next.step](a.next),
      closing(c),
    ].join('\n\n'),
  }),

  lateReceipt: (c, a) => ({
    subject: `Wij hebben uw klacht ontvangen (${c.reference})`,
    body: [
      greeting(c),
      `Op ${c.receivedOn} hebben wij uw klacht over "${c.complaintSubject}" ontvangen. Dank u wel dat u ons dit laat weten. Uw klacht is geregistreerd onder kenmerk ${c.reference}.`,
      `Het spijt ons dat u pas nu van ons hoort: wij hebben uw klacht later in behandeling genomen dan wij willen. Onze excuses daarvoor.`,
      `Een medewerker gaat uw klacht zorgvuldig bekijken. U ontvangt uiterlijk op ${a.expectedBy} onze officiële reactie. Lukt dat onverhoopt niet, dan laten wij u dat vóór die datum weten.`,
      closing(c),
    ].join('\n\n'),
  }),

  acknowledgement: (c, a) => ({
    subject: `Onze reactie op uw klacht volgt later (${c.reference})`,
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

  reopened: (c, a) => ({
    subject: `Uw klacht is opnieuw in behandeling (${c.reference})`,
    body: [
      greeting(c),
      `U hebt ons laten weten dat u het niet eens bent met de afhandeling van uw klacht over "${c.complaintSubject}". Dank u wel daarvoor. Wij hebben uw klacht opnieuw in behandeling genomen.`,
      `U ontvangt uiterlijk op ${a.expectedBy} onze reactie.`,
      closing(c),
    ].join('\n\n'),
  }),

  interim: (c, a) => ({
    subject: a.subject ? `${a.subject} (${c.reference})` : `Bericht over uw klacht (${c.reference})`,
    body: [greeting(c), a.text, closing(c)].join('\n\n'),
  }),

  closed: (c, a) => ({
    subject: `Uw klacht is afgehandeld (${c.reference})`,
    body: [
      greeting(c),
      `Wij hebben de behandeling van uw klacht over "${c.complaintSubject}" afgesloten. Dank u wel dat u ons hebt laten weten wat er niet goed ging.`,
      ...(a.replyByPost
        ? [
            'Ons antwoord hebben wij u per post gestuurd. Hebt u het nog niet ontvangen? Dan komt het binnen enkele dagen.',
          ]
        : []),
      c.statusUrl
        ? `Bent u tevreden over hoe wij met uw klacht zijn omgegaan? Wij horen het graag. U kunt het ons laten weten via uw persoonlijke link, waar u ook alles terugvindt wat wij u stuurden:\n${c.statusUrl}`
        : 'Bent u tevreden over hoe wij met uw klacht zijn omgegaan? Wij horen het graag.',
      'Bent u het niet eens met de afhandeling? Laat het ons dan weten: dan nemen wij uw klacht opnieuw in behandeling.',
      closing({ ...c, statusUrl: undefined }),
    ].join('\n\n'),
  }),

  statusLink: (c) => ({
    subject: `Uw persoonlijke link naar uw klacht (${c.reference})`,
    body: [
      greeting(c),
      `U vroeg ons om de link waarmee u uw klacht over "${c.complaintSubject}" kunt volgen. Hebt u dat niet zelf gedaan? Dan hoeft u niets te doen: de link is alleen naar u gestuurd.`,
      closing(c),
    ].join('\n\n'),
  }),
};
