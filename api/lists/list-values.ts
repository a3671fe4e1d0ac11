/**
 * A service, category or cause as intake and closing give it, made one of the list's entries (R6): an
 * entry's own name in any case or accents, or an old value an operator mapped to an entry, becomes the
 * entry's name; anything else is refused at its field. A list nobody keeps yet (no entries) takes free
 * text, as before there were lists, so an organisation starts them when it likes.
 */
import { foldListValue, type ManagedList } from '../../domain/managed-lists';
import { problem, type FieldProblem } from '../../domain/problems';
import type { Database } from '../../infra/database';

export type ListValue = { value?: string; problem?: undefined } | { value?: undefined; problem: FieldProblem };

export async function listValue(
  db: Database,
  list: ManagedList,
  given: string | undefined,
  field: string = list,
): Promise<ListValue> {
  if (given === undefined || !given.trim()) return { value: given };
  const entries = await db.listEntry.findMany({ where: { list } });
  if (!entries.length) return { value: given };
  const folded = foldListValue(given);
  const active = entries.filter((e) => !e.retiredAt);
  const own = active.find((e) => foldListValue(e.name) === folded);
  if (own) return { value: own.name };
  const mapped = await db.listMapping.findUnique({ where: { list_value: { list, value: folded } } });
  const entry = mapped && active.find((e) => e.id === mapped.entryId);
  if (entry) return { value: entry.name };
  return { problem: problem(field, 'not_in_list', { list }) };
}

/** What a form offers for `list`: its entries in use, by name; none when the list is not kept (free text). */
export async function listChoices(db: Database, list: ManagedList): Promise<{ value: string; label: string }[]> {
  const entries = await db.listEntry.findMany({ where: { list, retiredAt: null }, orderBy: { name: 'asc' } });
  return entries.map((e) => ({ value: e.name, label: e.name })).sort((a, b) => a.label.localeCompare(b.label, 'nl'));
}
