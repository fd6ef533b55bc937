/**
 * JSON with object keys sorted, so two equal values always give the same text whatever order their keys
 * were written in. Used to compare field values and to break ties between equal clocks deterministically.
 */
export function canonicalJSON(value: unknown): string {
  if (value === undefined) return 'undefined'
  if (value === null || typeof value !== 'object') return JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.map((entry) => (entry === undefined ? 'null' : canonicalJSON(entry))).join(',')}]`
  const record = value as Record<string, unknown>
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort()
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJSON(record[key])}`).join(',')}}`
}

/**
 * Whether two JSON values are equal. Native `JSON.stringify` answers the common case fast (same value,
 * same key order); only when its texts differ is the key-order-independent form compared.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a === undefined || b === undefined) return false
  return JSON.stringify(a) === JSON.stringify(b) || canonicalJSON(a) === canonicalJSON(b)
}
