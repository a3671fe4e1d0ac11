/**
 * Issue 22: a what-if as asked for — GET /api/reports/what-if?from&to&set=KEY=VALUE…, POST's body, the
 * staff app's form — checked at the edge: the period, each setting by the parser the service starts
 * with, the staff timing. What is asked then runs as a workflow (what-if-runs.ts).
 */
import { z } from 'zod';
import { daysIn } from '../../domain/report-period';
import { problem } from '../../domain/problems';
import { parseOverrides, PolicyError, proposalOf, type Overrides } from '../../whatif/policy';
import { STAFF_TIMINGS, type StaffTiming } from '../../whatif/staff-timing';
import type { AppDeps } from '../deps';
import { badRequest } from '../errors';

/** A year and a day: enough to compare one year's complaints, and a replay stays within minutes. */
const MAX_DAYS = 366;
const date = z.iso.date({ message: 'date' });

export const whatIfQuerySchema = z
  .object({
    from: date,
    to: date,
    /** KEY=VALUE, once per setting. */
    set: z.union([z.string(), z.array(z.string())]).optional(),
    /** When staff act under the proposal: at the same time after arrival, or on the same working day. */
    staff: z.enum(STAFF_TIMINGS, { message: 'choose' }).default('same-time'),
  })
  .strict()
  .superRefine((q, ctx) => {
    if (!date.safeParse(q.from).success || !date.safeParse(q.to).success) return;
    if (q.from > q.to) ctx.addIssue({ code: 'custom', path: ['from'], message: 'after_end' });
    else if (daysIn({ from: q.from, to: q.to }) > MAX_DAYS) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'period_too_long', params: { days: MAX_DAYS } });
    }
  });

/** A what-if asked for, checked: a bad period or setting is the caller's mistake, a 400 before anything runs. */
export interface WhatIfAsked {
  period: { from: string; to: string };
  overrides: Overrides;
  staffTiming: StaffTiming;
}

export function whatIfAsked(deps: AppDeps, query: unknown): WhatIfAsked {
  const q = whatIfQuerySchema.parse(query);
  let overrides;
  try {
    overrides = parseOverrides(q.set === undefined ? [] : [q.set].flat());
    proposalOf(deps.config.terms, overrides);
  } catch (error) {
    if (!(error instanceof PolicyError)) throw error;
    throw badRequest([
      problem('set', error.code === 'unknown_setting' ? 'choose' : 'invalid', { setting: error.setting }),
    ]);
  }
  return { period: { from: q.from, to: q.to }, overrides, staffTiming: q.staff };
}
