/**
 * What Temporal Web shows of a complaint while it runs: its current details (phase, running deadlines,
 * next step) and the search attributes operators list and filter by. Kept current at every step the
 * procedure puts on record; only attributes that changed are written, so the history stays small.
 */
import type { SearchAttributeUpdatePair } from '@temporalio/common';
import { setCurrentDetails, upsertSearchAttributes } from '@temporalio/workflow';
import type { ComplaintState } from '../domain/complaint';
import { currentDetails, type ReopenWindow } from '../domain/explain';
import {
  COMPLAINT_CHANNEL,
  COMPLAINT_STATUS,
  HANDLER,
  NEXT_DEADLINE,
  REOPENABLE_UNTIL,
} from '../domain/search-attributes';
import { nextDeadline } from '../domain/next-deadline';
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

/**
 * R4: the deadline staff work to next, as the inbox shows it (domain/next-deadline.ts), not the
 * automatic acknowledgement. Complaints started before showed the first running deadline, and keep it.
 */
function nextDeadlineShown(state: ComplaintState): string | null {
  const shown = patched('next-deadline-as-inbox') ? nextDeadline(state.deadlines) : state.deadlines[0];
  return shown?.due ?? null;
}

const DATETIMES = new Set<string>([NEXT_DEADLINE.name, REOPENABLE_UNTIL.name]);

export class TemporalWebView {
  /** The search attributes last written. */
  private readonly written = new Map<string, string | null>();
  /** While the complaint is closed: until when it can be reopened (shown since the patch below). */
  private reopen?: ReopenWindow;

  show(state: ComplaintState, timeZone: string): void {
    if (state.phase !== 'closed') this.reopen = undefined;
    setCurrentDetails(currentDetails(state, timeZone, this.reopen));
    // Complaints recorded before search attributes existed replay without them.
    if (!patched('search-attributes')) return;
    const values: [SearchAttributeUpdatePair['key'], string | null][] = [
      [COMPLAINT_STATUS, state.phase],
      [COMPLAINT_CHANNEL, state.channel],
      [NEXT_DEADLINE, nextDeadlineShown(state)],
      [HANDLER, handlerShown(state.handler)],
    ];
    // Only once written (showReopenWindow): histories from before it upserted nothing of the kind.
    if (this.written.has(REOPENABLE_UNTIL.name)) values.push([REOPENABLE_UNTIL, this.reopen?.until ?? null]);
    this.upsert(values);
  }

  /**
   * R4: the closed complaint can be reopened until `until`; its workflow runs until then, and Temporal Web
   * says so (current details and ReopenableUntil). Complaints closed before this replay without it.
   */
  showReopenWindow(state: ComplaintState, timeZone: string, until: string): void {
    if (!patched('reopen-window-shown')) return;
    this.reopen = { until, passed: false };
    setCurrentDetails(currentDetails(state, timeZone, this.reopen));
    this.upsert([[REOPENABLE_UNTIL, until]]);
  }

  /** The reopen window has passed: the procedure ends, closed for good. Details only, no command. */
  showReopenWindowPassed(state: ComplaintState, timeZone: string): void {
    if (!this.reopen) return;
    this.reopen = { ...this.reopen, passed: true };
    setCurrentDetails(currentDetails(state, timeZone, this.reopen));
  }

  private upsert(values: [SearchAttributeUpdatePair['key'], string | null][]): void {
    const changed = values.filter(([key, value]) => this.written.get(key.name) !== value);
    if (!changed.length) return;
    upsertSearchAttributes(
      changed.map(([key, value]) => {
        this.written.set(key.name, value);
        const typed = DATETIMES.has(key.name) && value ? new Date(value) : value;
        return { key, value: typed } as SearchAttributeUpdatePair;
      }),
    );
  }
}
