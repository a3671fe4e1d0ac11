/**
 * R6: a breakdown (channel, service, category, cause) beside the same breakdown of the period before. One
 * definition for the page, the charts and the CSV: values typed by people match case-insensitively, and a
 * value outside a period's top list may hide in that period's "other" — then its count is unknown (null),
 * not 0.
 */
import type { Breakdown } from './volume';

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** How many complaints of `b` had `value`; null when it may be counted in `b`'s other. */
export function countOf(b: Breakdown, value: string): number | null {
  return b.top.find((c) => same(c.value, value))?.count ?? (b.other.count ? null : 0);
}

/** Every value of either period's top list, each once, as first written (the current period's first). */
export function valuesOf(current: Breakdown, previous: Breakdown): string[] {
  return [...current.top, ...previous.top]
    .map((c) => c.value)
    .filter((v, i, all) => all.findIndex((w) => same(v, w)) === i);
}
