import type { ImportWarning } from './report'

/**
 * Checks that units are numbered 1, 2, 3... in order. Inserted units numbered the Kazakh and Russian way
 * ("5-1" after 5) continue their base number and are not gaps.
 */

interface Numbered {
  eId: string
  num: string
}

function parse(num: string): { base: number; insert: number } | undefined {
  const match = /^(\d+)(?:-(\d+))?$/.exec(num)
  if (!match) return undefined
  return { base: Number(match[1]), insert: match[2] ? Number(match[2]) : 0 }
}

export function checkNumbering(units: Numbered[], kind: string): ImportWarning[] {
  const warnings: ImportWarning[] = []
  let previous: { base: number; insert: number } | undefined
  for (const unit of units) {
    const current = parse(unit.num)
    if (!current) continue
    if (previous) {
      const params = { kind, num: unit.num, previous: previous.insert ? `${previous.base}-${previous.insert}` : String(previous.base) }
      const sameBase = current.base === previous.base
      if (sameBase && current.insert === previous.insert) warnings.push({ code: 'numberingRepeat', eId: unit.eId, params })
      else if (current.base < previous.base || (sameBase && current.insert < previous.insert))
        warnings.push({ code: 'numberingOrder', eId: unit.eId, params })
      else if (!sameBase && current.insert === 0 && current.base > previous.base + 1)
        warnings.push({ code: 'numberingGap', eId: unit.eId, params: { ...params, missing: `${previous.base + 1}–${current.base - 1}` } })
    } else if (current.base > 1 && current.insert === 0) {
      warnings.push({ code: 'numberingGap', eId: unit.eId, params: { kind, num: unit.num, previous: '0', missing: `1–${current.base - 1}` } })
    }
    previous = current
  }
  return warnings
}
