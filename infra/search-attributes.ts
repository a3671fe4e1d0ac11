/**
 * Registers the complaint's search attributes (domain/search-attributes.ts) in the namespace, on the
 * embedded dev server and on an external Temporal alike. Safe to repeat: only missing ones are added.
 */
import type { Connection } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { SEARCH_ATTRIBUTES } from '../domain/search-attributes';

const INDEXED = temporal.api.enums.v1.IndexedValueType;
const TYPES = { KEYWORD: INDEXED.INDEXED_VALUE_TYPE_KEYWORD, DATETIME: INDEXED.INDEXED_VALUE_TYPE_DATETIME };

// gRPC status ALREADY_EXISTS: another process registered it first.
const ALREADY_EXISTS = 6;

type OperatorService = Pick<Connection['operatorService'], 'listSearchAttributes' | 'addSearchAttributes'>;

export async function registerSearchAttributes(operator: OperatorService, namespace: string): Promise<string[]> {
  // The time-skipping test server cannot list them; then every one is added (and "exists" is fine).
  const existing = await operator
    .listSearchAttributes({ namespace })
    .then((r) => Object.keys(r.customAttributes ?? {}))
    .catch(() => [] as string[]);
  const missing = SEARCH_ATTRIBUTES.filter((key) => !existing.includes(key.name));
  for (const key of missing) {
    try {
      await operator.addSearchAttributes({
        namespace,
        searchAttributes: { [key.name]: TYPES[key.type as keyof typeof TYPES] },
      });
    } catch (error) {
      if ((error as { code?: number }).code !== ALREADY_EXISTS) throw error;
    }
  }
  return missing.map((key) => key.name);
}
