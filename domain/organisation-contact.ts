/**
 * How a complainant reaches the organisation (R5: a letter says who to turn to). Configuration gives the
 * parts (ORGANISATION_ADDRESS, _PHONE, _EMAIL, _WEBSITE, and ORGANISATION_CONTACT for anything further such
 * as opening hours); every letter, e-mail and public page shows the same lines, worded per language.
 */
export interface OrganisationContact {
  /** The postal address, on one line ("Grotestraat 1, 7622 GM Borne"). */
  address?: string;
  phone?: string;
  email?: string;
  website?: string;
  /** Anything further, as given (e.g. opening hours). */
  note?: string;
}

/** The words before each part, per language. */
export interface ContactLabels {
  phone: string;
  email: string;
  website: string;
}

/** The contact details as lines a reader reads, in a fixed order; empty parts are left out. */
export function contactLines(contact: OrganisationContact, labels: ContactLabels): string[] {
  return [
    contact.address,
    contact.phone && `${labels.phone}: ${contact.phone}`,
    contact.email && `${labels.email}: ${contact.email}`,
    contact.website && `${labels.website}: ${contact.website}`,
    contact.note,
  ].filter((line): line is string => !!line);
}
