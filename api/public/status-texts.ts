/** What the complainant reads about where their complaint stands (R4), in their language (R5). */
import type { Language } from '../../domain/channels';
import type { RegisterStatus } from '../../domain/complaint';

const TEXTS: Record<Language, Record<RegisterStatus, string>> = {
  nl: {
    registered: 'Uw klacht is geregistreerd en wordt in behandeling genomen.',
    awaiting_callback: 'Wij bellen u zo snel mogelijk terug.',
    in_handling: 'Uw klacht is in behandeling.',
    acknowledged: 'Uw klacht wordt verder onderzocht.',
    answered: 'Wij hebben op uw klacht gereageerd.',
    closed: 'Uw klacht is afgehandeld.',
    withdrawn: 'U hebt uw klacht ingetrokken.',
  },
  en: {
    registered: 'Your complaint has been registered and is being taken into handling.',
    awaiting_callback: 'We will call you back as soon as possible.',
    in_handling: 'Your complaint is being handled.',
    acknowledged: 'Your complaint is being looked into further.',
    answered: 'We have replied to your complaint.',
    closed: 'Your complaint has been dealt with.',
    withdrawn: 'You have withdrawn your complaint.',
  },
};

const REPLY_BY: Record<Language, (date: string) => string> = {
  nl: (date) => `U ontvangt uiterlijk ${date} onze reactie.`,
  en: (date) => `You will receive our reply by ${date} at the latest.`,
};

const LATER_THAN_PROMISED: Record<Language, (date: string) => string> = {
  nl: (date) =>
    `Het duurt langer dan wij u hadden beloofd (uiterlijk ${date}). ` +
    'Een leidinggevende ziet erop toe dat u zo snel mogelijk onze reactie krijgt.',
  en: (date) =>
    `It is taking longer than we promised you (by ${date}). ` +
    'A manager is making sure that you receive our reply as soon as possible.',
};

export function statusText(status: string, language: Language): string {
  return TEXTS[language][status as RegisterStatus] ?? TEXTS[language].registered;
}

export function replyByText(date: string, language: Language): string {
  return REPLY_BY[language](date);
}

/** R4: after a missed date, honestly: later than promised, and what happens now. */
export function laterThanPromisedText(date: string, language: Language): string {
  return LATER_THAN_PROMISED[language](date);
}
