import type { DocJSON } from '../document/types'

/** What the import report shows for a warning before anything is created: the unit's label and the start of its text. */
export interface UnitPreview {
  label: string
  text: string
}

const textOf = (node: DocJSON): string => (node.text ?? '') + (node.content ?? []).map((child) => textOf(child) + (child.type === 'text' ? '' : ' ')).join('')

function find(nodes: DocJSON[], eId: string): DocJSON | undefined {
  for (const node of nodes) {
    if (node.attrs?.['eId'] === eId) return node
    const inner = find(node.content ?? [], eId)
    if (inner) return inner
  }
  return undefined
}

/** The unit with this eId, as a short preview; undefined if the document has no such unit. */
export function unitPreview(doc: DocJSON, eId: string, maxLength = 400): UnitPreview | undefined {
  const unit = find(doc.content ?? [], eId)
  if (!unit) return undefined
  const text = textOf(unit).replace(/\s+/g, ' ').trim()
  return { label: String(unit.attrs?.['label'] ?? ''), text: text.length > maxLength ? `${text.slice(0, maxLength)}…` : text }
}
