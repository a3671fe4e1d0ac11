/** Every payload in a workflow history (as Temporal stores it), and ways to look for a text in them. */
import type { Payload } from '@temporalio/common';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import type { temporal } from '@temporalio/proto';

/** The history as the JSON Temporal Web and `temporal workflow show` present: bytes as base64. */
export function historyJson(history: temporal.api.history.v1.IHistory): string {
  return historyToJSON(history);
}

/** Every `{ metadata, data }` object in the history, decoded from base64. */
export function payloadsIn(json: string): Payload[] {
  const found: Payload[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (o.metadata && typeof o.metadata === 'object' && ('data' in o || 'encoding' in (o.metadata as object))) {
      found.push({
        metadata: Object.fromEntries(
          Object.entries(o.metadata as Record<string, string>).map(([k, v]) => [k, Buffer.from(v, 'base64')]),
        ),
        data: Buffer.from((o.data as string) ?? '', 'base64'),
      });
    }
    Object.values(o).forEach(walk);
  };
  walk(JSON.parse(json));
  return found;
}

/** `text` as it can appear inside base64, at each of the three byte alignments. */
export function base64Forms(text: string): string[] {
  return [0, 1, 2].map((offset) => {
    const encoded = Buffer.concat([Buffer.alloc(offset), Buffer.from(text)]).toString('base64');
    // Drop the characters that also depend on the bytes before and after.
    const start = offset === 0 ? 0 : offset === 1 ? 2 : 3;
    return encoded.slice(start, encoded.length - 4);
  });
}

/** Whether `haystack` holds `text` as it is, or base64-encoded. */
export function holds(haystack: string, text: string): boolean {
  return haystack.includes(text) || base64Forms(text).some((form) => form.length >= 6 && haystack.includes(form));
}
