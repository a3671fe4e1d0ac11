/**
 * What forms say, in Dutch: the common words, and each problem and refusal the API can answer, by its
 * code, in words a person can act on (web/problems.ts picks the text here).
 */
import type { ProblemCode, ProblemParams } from '../../domain/problems';
import type { RefusalCode } from '../../domain/refusals';
import { sizeInWords } from '../file-size';
/** Words a refusal text may need: a phase ("afgesloten") and a moment ("25 november 2026 om 14:03"). */
export interface RefusalWords {
  status(phase: string): string;
  moment(iso: string): string;
}
type ProblemTexts = Record<ProblemCode, (label: string, params: ProblemParams) => string>;
type RefusalTexts = Record<RefusalCode, (params: ProblemParams, words: RefusalWords) => string>;

/** "28 december 2026" for a date (YYYY-MM-DD) in a Dutch sentence. */
const dutchDay = (date: string) =>
  new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));

export const nlForms = {
  forms: {
    errorTitle: 'Er is een probleem',
    optional: '(niet verplicht)',
    /** The first option of a select: nothing chosen yet. */
    choose: 'Kies…',
    refused: 'Dit kan nu niet.',
    /** The label of a problem that belongs to no field of the form. */
    thisForm: 'Formulier',
  },

  /**
   * A problem with one field, by its code (domain/problems.ts); `label` is the field's label. Typed by the
   * codes: a new code without its text here does not compile.
   */
  problems: {
    required: (label) => `${label}: vul dit in.`,
    choose: (label) => `${label}: kies een van de mogelijkheden.`,
    number: (label) => `${label}: vul een geldig getal in.`,
    email: (label) => `${label}: vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.`,
    too_long: (label, p) => `${label}: gebruik hoogstens ${p.max} tekens.`,
    control_characters: (label) => `${label}: gebruik geen tabs of andere stuurtekens.`,
    date: (label) => `${label}: vul een datum in.`,
    moment: (label) => `${label}: vul een datum in, eventueel met een tijd.`,
    after_today: (label) => `${label}: kies een datum na vandaag.`,
    within_days: (label, p) => `${label}: kies een datum binnen ${p.days} dagen vanaf vandaag.`,
    not_working_day: (label, p) =>
      `${label}: dat is geen werkdag. De eerstvolgende werkdag is ${dutchDay(String(p.next))}.`,
    in_future: (label) => `${label}: deze datum ligt in de toekomst.`,
    too_old: (label, p) => `${label}: deze datum ligt meer dan ${p.days} dagen terug.`,
    reply_text: (label) => `${label}: vul de tekst in die naar de klager gaat.`,
    written_route: () =>
      'Vul een e-mailadres of een postadres in: een schriftelijke klacht beantwoorden wij schriftelijk.',
    callback_route: () =>
      'Vul een telefoonnummer, e-mailadres of postadres in: de klacht is niet direct beantwoord, dus wij nemen contact op met de klager.',
    only_oral: (label) => `${label}: alleen een mondelinge klacht (telefoon, balie) kan direct beantwoord worden.`,
    unknown_handler: (label) => `${label}: er is geen medewerker met deze loginnaam.`,
    unknown_complaint: (label) => `${label}: er is geen klacht met dit kenmerk.`,
    not_in_list: (label) => `${label}: kies een waarde uit de lijst.`,
    list_entry_exists: (label) => `${label}: deze naam staat al in de lijst.`,
    attachment_count: (label, p) => `${label}: stuur hoogstens ${p.max} bestanden tegelijk.`,
    attachment_size: (label, p) => `${label}: ${p.name} is groter dan ${sizeInWords(Number(p.max), 'nl')}.`,
    attachment_type: (label, p) => `${label}: ${p.name} is geen PDF, foto (JPEG) of afbeelding (PNG).`,
    not_handler: (label) => `${label}: deze medewerker behandelt geen klachten; kies een behandelaar uit de lijst.`,
    handler: (label) => `${label}: kies een medewerker, of vul één e-mailadres in.`,
    score: (label) => `${label}: kies een antwoord.`,
    reference: (label) =>
      `${label}: vul het kenmerk in zoals het in onze brief of e-mail staat, bijvoorbeeld KL-2026-00042.`,
    after_end: (label) => `${label}: kies een datum die niet na de laatste dag ligt.`,
    both_dates: (label) => `${label}: vul beide datums in, of laat beide leeg.`,
    period_too_long: (label, p) => `${label}: een periode is hoogstens ${p.days} dagen lang.`,
    email_or_reference: (label) => `${label}: vul een e-mailadres of een kenmerk in.`,
    nothing_to_correct: () => 'Vul minstens één gegeven in om te verbeteren.',
    unknown_field: (label) => `${label}: dit veld kennen wij niet.`,
    login_name: (label) => `${label}: gebruik kleine letters, cijfers en . _ @ -, 2 tot 63 tekens.`,
    reserved_login: (label) => `${label}: deze naam gebruikt het klachtenregister zelf.`,
    roles: (label) => `${label}: kies minstens één rol.`,
    nothing_to_change: () => 'Verander minstens één gegeven.',
    base64: (label) => `${label}: dit is geen geldige waarde.`,
    idempotency_key: (label) => `${label}: dit is geen geldige sleutel.`,
    confirm: (label) => `${label}: bevestig dit eerst.`,
    password_short: (label, p) => `${label}: gebruik minstens ${p.min} tekens.`,
    password_common: (label) =>
      `${label}: dit is een van de meest gebruikte wachtwoorden, en daardoor makkelijk te raden. Kies een ander.`,
    password_login: (label) => `${label}: gebruik niet uw loginnaam als wachtwoord.`,
    status_code_wrong: (label) =>
      `${label}: dit kenmerk en deze code horen niet bij elkaar. Kijk de code in onze brief na.`,
    title_taken: (label) => `${label}: er is al een sjabloon in deze taal met deze titel.`,
    code_wrong: (label) => `${label}: deze code klopt niet. Vul de code in die uw app nu toont.`,
    invalid: (label) => `${label}: dit is niet goed ingevuld.`,
  } satisfies ProblemTexts,

  /**
   * Why a request was refused, by its code (domain/refusals.ts): the procedure's refusals (a 409), and the
   * service's (a 503, a form that expired). `w` words a phase and a moment in this language.
   */
  refusals: {
    complaint_ended: (p, w) => `De klacht is ${w.status(String(p.phase))}: er kan niets meer aan veranderen.`,
    complaint_anonymised: () =>
      'De persoonsgegevens van deze klacht zijn verwijderd: er kan niets meer aan veranderen.',
    not_now: (p, w) => `Dit kan niet zolang de klacht de status "${w.status(String(p.phase))}" heeft.`,
    no_email: () => 'De klager heeft geen e-mailadres. Vul eerst een e-mailadres in, of kies een brief.',
    no_postal: () => 'De klager heeft geen postadres voor een brief. Vul eerst een postadres in, of kies e-mail.',
    no_written_route: () =>
      'De klager heeft geen e-mailadres en geen postadres voor een schriftelijke reactie. Vul er eerst een in, of los het op in het gesprek.',
    no_oral_answer: () => 'Er is nog geen mondeling antwoord om te bevestigen.',
    confirmation_sent: (p, w) =>
      `De schriftelijke bevestiging is al verstuurd, op ${w.moment(String(p.at))}, op een andere manier.`,
    reply_sent: (p, w) =>
      `De reactie is al verstuurd, op ${w.moment(String(p.at))}; die kan niet meer veranderen. Stuur zo nodig een bericht aan de klager.`,
    only_closed_reopens: () => 'Alleen een afgesloten klacht kan heropend worden.',
    message_not_failed: () => 'Dit bericht is niet mislukt; er is niets opnieuw te versturen.',
    message_not_letter: () => 'Dit bericht is niet als brief verstuurd.',
    satisfaction_not_closed: () => 'Deze vraag stellen wij als de klacht is afgehandeld.',
    satisfaction_answered: () => 'Deze vraag is al beantwoord. Dank u wel.',
    unsealed: () => 'Dit verzoek kwam niet van het klachtenregister en is geweigerd.',
    not_taken_in_time: () =>
      'Het klachtenregister kon de actie nu niet uitvoeren: de procedure reageerde niet op tijd. Probeer het over een minuut opnieuw.',
    form_sent_before: () =>
      'Dit formulier is al eens verstuurd, met een andere tekst. Wat u nu invulde, staat hieronder. Verstuur het opnieuw als het een nieuwe klacht is.',
    form_expired: () =>
      'Dit formulier was verlopen, en is nog niet verstuurd. Wat u invulde, staat hieronder. Controleer het en verstuur het opnieuw.',
    cross_site: () => 'Dit formulier is niet vanaf onze eigen pagina verstuurd, en daarom niet verwerkt.',
    csrf: () => 'Dit formulier was verlopen. Laad de pagina opnieuw en probeer het nog eens.',
    too_many: (p) =>
      `Er zijn vanaf uw internetverbinding te veel ${p.counted === 'complaints' ? 'klachten' : 'verzoeken'} verstuurd. Probeer het over ${Math.ceil(Number(p.retryAfter) / 60)} minuten opnieuw, of neem contact met ons op.`,
    account_exists: () => 'Er is al een account met deze loginnaam.',
    email_taken: (p) => `Dit e-mailadres hoort al bij het account ${p.owner}.`,
    own_operator_role: () => 'U kunt de rol beheerder niet van uw eigen account afhalen.',
    own_disable: () => 'U kunt uw eigen account niet uitschakelen.',
    second_factor_required: () => 'Voor uw rollen is de tweede stap verplicht: die kunt u niet uitzetten.',
    key_reused: () => 'Dit formulier is al eens verstuurd met andere gegevens.',
    key_in_progress: () => 'Dit formulier wordt nog verwerkt. Wacht even en laad de pagina opnieuw.',
    not_found: () => 'Dit is niet gevonden.',
    method_not_allowed: () => 'Dit kan op deze pagina niet.',
    authentication_required: () => 'Meld u eerst aan.',
    unknown_token: () => 'Deze sleutel is onbekend of uitgeschakeld.',
    csrf_header: () => 'Dit formulier was verlopen. Laad de pagina opnieuw en probeer het nog eens.',
    forbidden: () => 'Uw rollen staan dit niet toe.',
    body_too_large: () => 'Wat u verstuurde is te groot.',
    malformed_body: () => 'Wat u verstuurde kon niet gelezen worden.',
    undecodable: () => 'Deze gegevens konden niet ontsleuteld worden.',
    temporal_web_unreachable: () => 'Temporal Web antwoordt niet.',
    invalid_request: () => 'Niet alles is goed ingevuld.',
    refused: () => 'Dit kan nu niet.',
  } satisfies RefusalTexts,
};
