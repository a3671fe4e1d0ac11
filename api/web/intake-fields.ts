/**
 * What the two intake forms (the desk's and the public one) have in common: reading their fields as the
 * JSON intake's body, so that the same schema checks them and names the same fields in its problems.
 */

/** A field as posted; absent or not text: undefined. */
export const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** A field that may be left empty: empty counts as not given. */
export const given = (value: unknown) => text(value) || undefined;

/** The complainant's fields (`complainant.name` …) as the intake body's `complainant`. */
export function complainantFields(form: Record<string, unknown>, language: string) {
  return {
    name: text(form['complainant.name']) ?? '',
    email: given(form['complainant.email']),
    phone: given(form['complainant.phone']),
    address: given(form['complainant.address']),
    language,
  };
}
