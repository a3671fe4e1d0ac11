/**
 * Operators keep the lists of services, categories and causes (R6): add an entry, rename it (the
 * complaints that have it are renamed with it, so a figure never splits in two), retire it (no longer
 * offered; complaints keep it) or take it back into use; and map the free-text values the register
 * holds from before the lists, or from a list nobody kept, to an entry.
 */
import { z } from 'zod';
import { line } from '../../domain/actions';
import { foldListValue, type ListOverview, type ManagedList } from '../../domain/managed-lists';
import { problem } from '../../domain/problems';
import type { Database } from '../../infra/database';
import type { StaffMember } from '../auth/accounts';
import { permitted } from '../auth/authenticate';
import { badRequest, notFound } from '../errors';

export const entrySchema = z.object({ name: line(100) }).strict();
export const entryChangeSchema = z
  .object({ name: line(100).optional(), retired: z.boolean().optional() })
  .strict()
  .refine((change) => change.name !== undefined || change.retired !== undefined, 'nothing_to_change');
export const mappingSchema = z.object({ value: line(200), entryId: z.number().int().positive() }).strict();

type Deps = { db: Database; clock: () => Promise<Date> };
type Where = NonNullable<Parameters<Database['complaint']['updateMany']>[0]>['where'];

/** The complaints whose `list` column holds one of `values`. */
const holding = (list: ManagedList, values: string[]): Where => ({ [list]: { in: values } }) as Where;

/** The distinct values the register holds for `list`, with how many complaints hold each. */
async function valuesInRegister(db: Database, list: ManagedList): Promise<{ value: string; count: number }[]> {
  const groups = (await db.complaint.groupBy({
    by: [list],
    _count: { _all: true },
  } as never)) as unknown as (Record<ManagedList, string | null> & { _count: { _all: number } })[];
  return groups
    .filter((g) => g[list] !== null && g[list]!.trim() !== '')
    .map((g) => ({ value: g[list]!, count: g._count._all }));
}

async function refuseTakenName(db: Database, list: ManagedList, name: string, except?: number) {
  const entries = await db.listEntry.findMany({ where: { list } });
  if (entries.some((e) => e.id !== except && foldListValue(e.name) === foldListValue(name))) {
    throw badRequest([problem('name', 'list_entry_exists')]);
  }
}

async function entryOf(db: Database, list: ManagedList, id: number) {
  const entry = await db.listEntry.findFirst({ where: { id, list } });
  if (!entry) throw notFound(`entry ${id} of the ${list} list`);
  return entry;
}

export async function addEntry(deps: Deps, staff: StaffMember, list: ManagedList, body: unknown) {
  permitted(staff, 'lists.manage');
  const { name } = entrySchema.parse(body);
  await refuseTakenName(deps.db, list, name);
  return deps.db.listEntry.create({ data: { list, name, createdAt: await deps.clock(), createdBy: staff.id } });
}

export async function changeEntry(deps: Deps, staff: StaffMember, list: ManagedList, id: number, body: unknown) {
  permitted(staff, 'lists.manage');
  const change = entryChangeSchema.parse(body);
  const { db } = deps;
  const entry = await entryOf(db, list, id);
  if (change.name !== undefined && change.name !== entry.name) await refuseTakenName(db, list, change.name, id);
  const at = await deps.clock();
  const retiredAt = change.retired === undefined ? entry.retiredAt : change.retired ? (entry.retiredAt ?? at) : null;
  const name = change.name ?? entry.name;
  const renamed = name !== entry.name;
  const [changed] = await db.$transaction([
    db.listEntry.update({ where: { id }, data: { name, retiredAt } }),
    db.complaint.updateMany({ where: holding(list, [entry.name]), data: { [list]: name } }),
    // The old name still means the entry: a program or a person that gives it is not refused.
    ...(renamed
      ? [
          db.listMapping.upsert({
            where: { list_value: { list, value: foldListValue(entry.name) } },
            create: { list, value: foldListValue(entry.name), entryId: id, mappedBy: staff.id, mappedAt: at },
            update: { entryId: id, mappedBy: staff.id, mappedAt: at },
          }),
        ]
      : []),
  ]);
  return changed;
}

/**
 * Old value `value` means entry `entryId`: every complaint holding it (in any case, accents or spacing)
 * holds the entry's name from now on, and intake or closing given it later takes the entry.
 */
export async function mapValue(deps: Deps, staff: StaffMember, list: ManagedList, body: unknown) {
  permitted(staff, 'lists.manage');
  const { value, entryId } = mappingSchema.parse(body);
  const { db } = deps;
  const entry = await entryOf(db, list, entryId);
  const folded = foldListValue(value);
  const raw = (await valuesInRegister(db, list)).map((v) => v.value).filter((v) => foldListValue(v) === folded);
  const at = await deps.clock();
  const [, updated] = await db.$transaction([
    db.listMapping.upsert({
      where: { list_value: { list, value: folded } },
      create: { list, value: folded, entryId, mappedBy: staff.id, mappedAt: at },
      update: { entryId, mappedBy: staff.id, mappedAt: at },
    }),
    db.complaint.updateMany({ where: holding(list, raw), data: { [list]: entry.name } }),
  ]);
  return { entry, complaints: updated.count };
}

export async function listOverview(db: Database, list: ManagedList): Promise<ListOverview> {
  const [entries, values, mappings] = await Promise.all([
    db.listEntry.findMany({ where: { list }, orderBy: { name: 'asc' } }),
    valuesInRegister(db, list),
    db.listMapping.findMany({ where: { list } }),
  ]);
  const names = new Map(entries.map((e) => [e.name, e.id]));
  const unmapped = new Map<string, { value: string; complaints: number; suggestion?: number }>();
  for (const { value, count } of values.sort((a, b) => b.count - a.count)) {
    if (names.has(value)) continue;
    const folded = foldListValue(value);
    const found = unmapped.get(folded);
    if (found) {
      found.complaints += count;
      continue;
    }
    const suggestion =
      entries.find((e) => !e.retiredAt && foldListValue(e.name) === folded)?.id ??
      mappings.find((m) => m.value === folded)?.entryId;
    unmapped.set(folded, { value, complaints: count, ...(suggestion ? { suggestion } : {}) });
  }
  const counts = new Map(values.map((v) => [v.value, v.count]));
  return {
    list,
    entries: entries
      .map((e) => ({ id: e.id, name: e.name, retired: !!e.retiredAt, complaints: counts.get(e.name) ?? 0 }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    unmapped: [...unmapped.values()],
  };
}
