/**
 * A 400's fields as field and code. Tests assert our codes, the contract a page words in its own
 * language, never the English reason's wording.
 */
export function fieldCodes(body: { fields?: { field: string; code: string }[] }): { field: string; code: string }[] {
  return (body.fields ?? []).map(({ field, code }) => ({ field, code }));
}
