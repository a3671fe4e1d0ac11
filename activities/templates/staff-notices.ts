/** Texts of notices to staff (in Dutch, the organisation's working language). */
import type { StaffNoticePurpose } from '../../domain/notifications';
import type { Letter } from './texts';

export interface NoticeContext {
  reference: string;
  complaintSubject: string;
  /** The deadline as people say it: "26 november 2026" for a day, "25 november 2026 om 14:00" for a moment. */
  due: string;
  /** The complaint's page, or the letter to print. */
  link: string;
}

export function staffNotice(purpose: StaffNoticePurpose, n: NoticeContext): Letter {
  const about = `Klacht ${n.reference} ("${n.complaintSubject}")`;
  const texts: Record<StaffNoticePurpose, Letter> = {
    callback_overdue: {
      subject: `Terugbellen te laat: ${n.reference}`,
      body: `${about}: de klager had uiterlijk ${n.due} teruggebeld moeten worden. Bel zo snel mogelijk terug en registreer het gesprek als "terugbellen gedaan".`,
    },
    callback_escalation: {
      subject: `Escalatie: terugbellen blijft uit voor ${n.reference}`,
      body: `${about}: de klager had uiterlijk ${n.due} teruggebeld moeten worden en is na herhaalde herinneringen nog steeds niet gebeld. Zorg dat vandaag iemand terugbelt; er volgen geen herinneringen meer.`,
    },
    promise_reminder: {
      subject: `Herinnering: toegezegde reactie ${n.reference} uiterlijk ${n.due}`,
      body: `${about}: de klager is uiterlijk ${n.due} een reactie toegezegd. Verstuur de reactie op tijd, of laat de klager weten wanneer die wel komt.`,
    },
    escalation: {
      subject: `Escalatie: toegezegde termijn verstreken voor ${n.reference}`,
      body: `${about}: de toegezegde reactie is niet uiterlijk ${n.due} verzonden. De klager heeft bericht gekregen dat de klacht aan een leidinggevende is voorgelegd. Zorg voor een antwoord of een nieuwe toezegging.`,
    },
    message_failed: {
      subject: `Bericht niet verzonden: ${n.reference}`,
      body: `${about}: een bericht kon niet worden afgeleverd (uiterlijk ${n.due}): de mailserver was te lang onbereikbaar of weigerde het adres. Neem op een andere manier contact op met de klager.`,
    },
    term_missed: {
      subject: `Termijn al verstreken bij registratie: ${n.reference}`,
      body: `${about}: de termijn voor een reactie of ontvangstbevestiging liep af op ${n.due}, vóór de klacht in behandeling kwam. De klager heeft nu een ontvangstbevestiging gekregen. Zorg voor een snelle reactie, en ga na waarom de klacht zo laat binnenkwam.`,
    },
    letter_to_post: {
      subject: `Brief te versturen: ${n.reference} (uiterlijk ${n.due})`,
      body: `${about}: er staat een brief aan de klager klaar. Druk hem af en post hem uiterlijk ${n.due}; markeer hem daarna als verstuurd.`,
    },
    letter_not_posted: {
      subject: `Brief nog niet verstuurd: ${n.reference}`,
      body: `${about}: de brief aan de klager had uiterlijk ${n.due} gepost moeten zijn, maar is nog niet als verstuurd gemarkeerd. Post hem vandaag, of markeer hem als verstuurd als dat al gebeurd is.`,
    },
    reply_received: {
      subject: `Reactie van de klager: ${n.reference}`,
      body: `${about}: de klager heeft per e-mail gereageerd (ontvangen ${n.due}). Het bericht staat in de tijdlijn van de klacht; de termijnen zijn niet veranderd.`,
    },
    message_bounced: {
      subject: `E-mail onbestelbaar: ${n.reference}`,
      body: `${about}: een e-mail aan de klager is teruggekomen (melding ontvangen ${n.due}). Controleer het e-mailadres, verbeter het zo nodig, en verstuur het bericht opnieuw vanuit de tijdlijn, of neem op een andere manier contact op.`,
    },
    close_reminder: {
      subject: `Herinnering: klacht ${n.reference} afsluiten`,
      body: `${about}: de klacht is beantwoord maar nog niet afgesloten. Sluit hem af en leg de oplossing, de verbetermaatregel, de categorie en de oorzaak vast: daar leren wij van.`,
    },
  };
  return { ...texts[purpose], body: `${texts[purpose].body}\n\n${n.link}` };
}

/** Issue 21: a mail waits in "E-mail te beoordelen" longer than it may; no sender or subject in it. */
export function triageLateNotice(n: { received: string; workingDays: number; link: string }): Letter {
  return {
    subject: 'E-mail wacht te lang op beoordeling',
    body: `Een e-mail uit de klachtenmailbox, ontvangen ${n.received}, staat al langer dan ${n.workingDays} werkdagen onder "E-mail te beoordelen". Als het een klacht is, loopt de termijn al sinds de ontvangst. Zorg dat hij vandaag wordt beoordeeld.\n\n${n.link}`,
  };
}
