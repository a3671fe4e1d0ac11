/**
 * `?from=YYYY-MM-DD&to=YYYY-MM-DD`: the report's period in local dates, `to` included; neither means
 * the last 12 whole months. Checked here so that a bad period is a 400 naming the field, never SQL.
 */
import { z } from 'zod';
import { daysIn, lastFullMonths, type ReportPeriod } from '../../domain/report-period';

// Ten years, and the ten before them to compare: more is a typing error, and a long VALUES list of months.
const MAX_DAYS = 3_660;

const date = z.iso.date({ message: 'must be a date as YYYY-MM-DD' });

export const periodFields = { from: date.optional(), to: date.optional() };

export const periodQuerySchema = z
  .object(periodFields)
  .strict()
  .superRefine((q, ctx) => {
    // zod runs this also when a field failed already: compare only dates that are dates.
    if (![q.from, q.to].every((v) => v === undefined || date.safeParse(v).success)) return;
    if ((q.from === undefined) !== (q.to === undefined)) {
      const missing = q.from === undefined ? 'from' : 'to';
      ctx.addIssue({ code: 'custom', path: [missing], message: 'give both from and to, or neither' });
    } else if (q.from && q.to && q.from > q.to) {
      ctx.addIssue({ code: 'custom', path: ['from'], message: 'must not lie after to' });
    } else if (q.from && q.to && daysIn({ from: q.from, to: q.to }) > MAX_DAYS) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `a period spans at most ${MAX_DAYS} days` });
    }
  });

/** The period asked for, or the last 12 whole months before `today` (a local date). */
export function periodOf(query: z.infer<typeof periodQuerySchema>, today: string): ReportPeriod {
  return query.from && query.to ? { from: query.from, to: query.to } : lastFullMonths(today);
}
