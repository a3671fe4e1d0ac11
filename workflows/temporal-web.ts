/**
 * What Temporal Web shows of a complaint while it runs: its current details (phase, running deadlines,
 * next step) and the search attributes operators list and filter by. Kept current at every step the
 * procedure puts on record; only attributes that changed are written, so the history stays small.
 */
import type { SearchAttributeUpdatePair } from '@temporalio/common';
import { setCurrentDetails, upsertSearchAttributes } from '@temporalio/workflow';
import type { ComplaintState } from '../domain/complaint';
import { currentDetails } from '../domain/explain';
import { COMPLAINT_CHANNEL, COMPLAINT_STATUS, HANDLER, NEXT_DEADLINE } from '../domain/search-attributes';
import { patched } from './patches';

/**
 * A handler by login name, as operators filter; one named by an outside e-mail address as "extern": the
 * address is personal data, and search attributes are not encrypted. Complaints assigned to an address
 * before this existed keep it in their history, as recorded.
 */
function handlerShown(handler: string | undefined): string | null {
  if (!handler) return null;
  return handler.includes('@') && patched('handler-not-an-address') ? 'extern' : handler;
}

export class TemporalWebView {
  /** The search attributes last written. */
  private readonly written = new Map<string, string | null>();

  show(state: ComplaintState, timeZone: string): void {
    setCurrentDetails(currentDetails(state, timeZone));
    // Complaints recorded before search attributes existed replay without them.
    if (!patched('search-attributes')) return;
    const values: [SearchAttributeUpdatePair['key'], string | null][] = [
      [COMPLAINT_STATUS, state.phase],
      [COMPLAINT_CHANNEL, state.channel],
      [NEXT_DEADLINE, state.deadlines[0]?.due ?? null],
      [HANDLER, handlerShown(state.handler)],
    ];
    const changed = values.filter(([key, value]) => this.written.get(key.name) !== value);
    if (!changed.length) return;
    upsertSearchAttributes(
      changed.map(([key, value]) => {
        this.written.set(key.name, value);
        const typed = key === NEXT_DEADLINE && value ? new Date(value) : value;
        return { key, value: typed } as SearchAttributeUpdatePair;
      }),
    );
  }
}
