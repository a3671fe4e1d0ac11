/**
 * R6: the lists operators keep so that a complaint's service, category and cause are counted as one value
 * each, however people typed them: "Facturatie ", "facturatie" and "Factuur" become the one entry they
 * mean. Each list is a column of the register's complaints.
 */
export const MANAGED_LISTS = ['service', 'category', 'cause'] as const;
export type ManagedList = (typeof MANAGED_LISTS)[number];

export const isManagedList = (value: unknown): value is ManagedList =>
  (MANAGED_LISTS as readonly unknown[]).includes(value);

/**
 * A value as lists compare it: trimmed, inner spaces as one, lower case, without accents, so that
 * "Zoë" and "ZOE" are one. In code rather than the database's lower(): SQLite's folds only A-Z.
 */
export function foldListValue(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('nl').replace(/\s+/g, ' ').trim();
}

/** A list as its page shows it. */
export interface ListOverview {
  list: ManagedList;
  entries: { id: number; name: string; retired: boolean; complaints: number }[];
  /** Values the register holds that are no entry's name: to map, each with the entry it most likely means. */
  unmapped: { value: string; complaints: number; suggestion?: number }[];
}
