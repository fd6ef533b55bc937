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
 * Whether two JSON values are equal, key order aside: exactly when their `canonicalJSON` texts are equal,
 * but found by walking both values, so unchanged values (often the very same objects) and values that differ
 * early cost no text at all.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a === undefined || b === undefined) return false
  return equivalent(a, b)
}

function equivalent(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return JSON.stringify(a) === JSON.stringify(b)
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    // In canonical text an array's missing entries read as null.
    for (let index = 0; index < a.length; index++) if (!equivalent(a[index] ?? null, b[index] ?? null)) return false
    return true
  }
  const left = a as Record<string, unknown>
  const right = b as Record<string, unknown>
  // Keys whose value is undefined are not part of the canonical text.
  let count = 0
  for (const key of Object.keys(left)) {
    if (left[key] === undefined) continue
    count++
    if (!Object.hasOwn(right, key) || right[key] === undefined || !equivalent(left[key], right[key])) return false
  }
  for (const key of Object.keys(right)) if (right[key] !== undefined) count--
  return count === 0
}
