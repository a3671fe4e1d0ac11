/**
 * Issue 19: rows registered before the register kept a folded search text (domain/search-text.ts) get one
 * at start. Folding needs Unicode's tables, which neither database's SQL has, so it is done here, not in the
 * migration; until a row is filled the list searches it as before (list-query.ts). A second run changes nothing.
 */
import { searchTextOf } from '../../domain/search-text';
import type { Database } from '../../infra/database';

/** Rows filled per round: a large register is filled without holding all its texts at once. */
const BATCH = 500;

/** Fills the folded search text of every row without one; answers how many rows were filled. */
export async function fillSearchTexts(db: Database): Promise<number> {
  let filled = 0;
  for (;;) {
    const rows = await db.complaint.findMany({
      where: { searchText: null },
      select: { reference: true, subject: true, description: true, complainantName: true, complainantEmail: true },
      take: BATCH,
    });
    if (!rows.length) return filled;
    for (const row of rows) {
      await db.complaint.update({ where: { reference: row.reference }, data: { searchText: searchTextOf(row) } });
    }
    filled += rows.length;
  }
}
