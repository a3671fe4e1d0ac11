/**
 * `?from=YYYY-MM-DD&to=YYYY-MM-DD`: the report's period in local dates, `to` included; neither means
 * the year so far, today included. Checked here so that a bad period is a 400 naming the field, never SQL.
 */
import { z } from 'zod';
import { daysIn, yearSoFar, type ReportPeriod } from '../../domain/report-period';

// Ten years, and the ten before them to compare: more is a typing error, and a long VALUES list of months.
const MAX_DAYS = 3_660;

const date = z.iso.date({ message: 'date' });

export const periodFields = { from: date.optional(), to: date.optional() };

export const periodQuerySchema = z
  .object(periodFields)
  .strict()
  .superRefine((q, ctx) => {
    // zod runs this also when a field failed already: compare only dates that are dates.
    if (![q.from, q.to].every((v) => v === undefined || date.safeParse(v).success)) return;
    if ((q.from === undefined) !== (q.to === undefined)) {
      const missing = q.from === undefined ? 'from' : 'to';
      ctx.addIssue({ code: 'custom', path: [missing], message: 'both_dates' });
    } else if (q.from && q.to && q.from > q.to) {
      ctx.addIssue({ code: 'custom', path: ['from'], message: 'after_end' });
    } else if (q.from && q.to && daysIn({ from: q.from, to: q.to }) > MAX_DAYS) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'period_too_long', params: { days: MAX_DAYS } });
    }
  });

/**
 * The period asked for, or the year so far including `today` (a local date): a new desk sees its first
 * complaints, and this month's are never left out (issue 19 item 10).
 */
export function periodOf(query: z.infer<typeof periodQuerySchema>, today: string): ReportPeriod {
  return query.from && query.to ? { from: query.from, to: query.to } : yearSoFar(today);
}
