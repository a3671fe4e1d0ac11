/**
 * Issue 22: the what-if as CSV (api/reports/csv.ts's dialect): one record per figure with the baseline
 * and the proposal beside each other, then one per complaint whose outcome changes, then the replay's
 * faithfulness. References and procedure facts only.
 */
import { figureRows } from '../../whatif/table';
import type { WhatIfReport } from '../../whatif/what-if';
import { BOM, csvRecord } from './csv';

export function whatIfCsv(r: WhatIfReport): string {
  const records = [
    csvRecord(['section', 'figure', 'baseline', 'proposal']),
    ...figureRows(r.baseline, r.proposal, true).map(([figure, b, p]) => csvRecord(['figures', figure, b, p])),
    ...r.changed.map((c) => csvRecord(['outcome changes', c.reference, c.baseline, c.proposal])),
    csvRecord(['faithfulness', 'complaints reproduced', r.faithfulness.reproduced, r.faithfulness.of]),
    ...r.faithfulness.differing.map((d) => csvRecord(['faithfulness', d.reference, d.register, d.baseline])),
  ];
  return BOM + records.join('');
}
