/**
 * Whether two JSON values are equal, key order included: the fast, allocation-free check that an item the
 * renderer sent back is the one main already holds (the renderer keeps objects as it got them, so key order
 * matches). A value with its keys reordered counts as changed, which costs only a re-validation.
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a)) {
    const other = b as unknown[]
    if (a.length !== other.length) return false
    for (let index = 0; index < a.length; index++) if (!jsonEqual(a[index], other[index])) return false
    return true
  }
  const left = a as Record<string, unknown>
  const right = b as Record<string, unknown>
  const keys = Object.keys(left)
  if (keys.length !== Object.keys(right).length) return false
  for (const key of keys) if (!Object.hasOwn(right, key) || !jsonEqual(left[key], right[key])) return false
  return true
}
