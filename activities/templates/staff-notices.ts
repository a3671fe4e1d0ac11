/** Texts of notices to staff (in Dutch, the organisation's working language). */
import type { StaffNoticePurpose } from '../../domain/notifications';
import type { Letter } from './texts';

export function staffNotice(
  purpose: StaffNoticePurpose,
  n: { reference: string; complaintSubject: string; due: string; link: string },
): Letter {
  const about = `Klacht ${n.reference} ("${n.complaintSubject}")`;
  const texts: Record<StaffNoticePurpose, Letter> = {
    callback_overdue: {
      subject: `Terugbellen te laat: ${n.reference}`,
      body: `${about}: de klager had uiterlijk ${n.due} teruggebeld moeten worden. Bel zo snel mogelijk terug en registreer het gesprek als "terugbellen gedaan".`,
    },
    promise_reminder: {
      subject: `Herinnering: toegezegde reactie ${n.reference} uiterlijk ${n.due}`,
      body: `${about}: de klager is een reactie toegezegd die uiterlijk ${n.due} verzonden moet zijn. Verstuur de reactie op tijd, of laat de klager weten wanneer die wel komt.`,
    },
    escalation: {
      subject: `Escalatie: toegezegde termijn verstreken voor ${n.reference}`,
      body: `${about}: de toegezegde reactie is niet uiterlijk ${n.due} verzonden. De klager heeft bericht gekregen dat de klacht aan een leidinggevende is voorgelegd. Zorg voor een antwoord of een nieuwe toezegging.`,
    },
    message_failed: {
      subject: `Bericht niet verzonden: ${n.reference}`,
      body: `${about}: een bericht kon niet worden afgeleverd (uiterlijk ${n.due}): de mailserver was te lang onbereikbaar of weigerde het adres. Neem op een andere manier contact op met de klager.`,
    },
  };
  return { ...texts[purpose], body: `${texts[purpose].body}\n\n${n.link}` };
}
