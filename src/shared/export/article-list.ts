import type { DocJSON } from '../document/types'
import { normaliseNum } from '../document/eid'

/**
 * Reads what a user types to choose articles ("1–5, 12, 42-1") and finds those articles in the document.
 * A range runs over plain numbers only; any other number ("42-1") is looked up as typed.
 */

const maxRange = 10000

/** The article numbers the text names, normalised, or the first piece that is not a number or range. */
export function parseArticleList(text: string): { nums: string[] } | { invalid: string } {
  const nums: string[] = []
  for (const raw of text.split(/[,;]/)) {
    const piece = raw.trim()
    if (!piece) continue
    const range = /^(\d+)\s*[-–—]\s*(\d+)$/.exec(piece)
    if (range && Number(range[2]) - Number(range[1]) < maxRange && Number(range[1]) <= Number(range[2])) {
      for (let num = Number(range[1]); num <= Number(range[2]); num++) nums.push(String(num))
    } else if (/^[\p{L}\p{N}]+([-.][\p{L}\p{N}]+)*$/u.test(piece)) nums.push(normaliseNum(piece))
    else return { invalid: piece }
  }
  return { nums }
}

/** The eIds of the document's articles by their normalised number. */
export function articleEIdsByNum(doc: DocJSON): Map<string, string> {
  const found = new Map<string, string>()
  const visit = (node: DocJSON) => {
    if (node.type === 'article') {
      const num = String(node.attrs?.['num'] ?? '')
      if (!found.has(num)) found.set(num, String(node.attrs?.['eId'] ?? ''))
      return
    }
    node.content?.forEach(visit)
  }
  visit(doc)
  return found
}

/** The top-level units a user can choose as parts: the preamble and the parts, with their titles. */
export function choosableParts(doc: DocJSON): { eId: string; title: string }[] {
  return (doc.content ?? [])
    .filter((node) => node.type === 'part' || node.type === 'preamble')
    .map((node) => {
      const heading = node.content?.[0]?.type === 'heading' ? (node.content[0].content ?? []).map((child) => child.text ?? '').join('') : ''
      return { eId: String(node.attrs?.['eId'] ?? ''), title: [String(node.attrs?.['label'] ?? ''), heading].filter(Boolean).join('. ') }
    })
}
