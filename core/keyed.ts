/**
 * Objects keyed by text a user wrote (scheme labels, RAG key words, entity names): "__proto__",
 * "constructor" and "toString" are keys like any other, never the object's own machinery.
 */

/** A null-prototype object of zero counts, one per key, in order. */
export function zeroCounts(keys: Iterable<string>): Record<string, number> {
  const counts = Object.create(null) as Record<string, number>;
  for (const k of keys) counts[k] = 0;
  return counts;
}

/** The table's own value for a key (never one inherited from Object.prototype). */
export function ownValue<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/** A record of counts as zod would check it, without copying it into an object that drops "__proto__". */
export function isCountRecord(value: unknown): value is Record<string, number> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  return Object.keys(value).every((k) => {
    const n = (value as Record<string, unknown>)[k];
    return typeof n === 'number' && Number.isInteger(n) && n >= 0;
  });
}
