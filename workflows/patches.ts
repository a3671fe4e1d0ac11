/**
 * Temporal's patch calls, for the patches of patch-list.ts only: workflow code asks `patched(id)` from
 * here (lint refuses the SDK's own), so the compiler knows every ID and the list is complete.
 */
import { deprecatePatch as sdkDeprecatePatch, patched as sdkPatched } from '@temporalio/workflow';
import type { PatchId } from './patch-list';

/** Temporal's `patched`, for a patch of the list above. */
export function patched(id: PatchId): boolean {
  return sdkPatched(id);
}

/** Temporal's `deprecatePatch`, for a patch of the list above that is being retired. */
export function deprecatePatch(id: PatchId): void {
  sdkDeprecatePatch(id);
}
