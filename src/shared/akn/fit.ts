import { Fragment, type Node as PMNode, type NodeType } from 'prosemirror-model'
import { legalSchema } from '../document/schema'
import type { DocJSON } from '../document/types'

/**
 * Makes a document read from another tool fit the legal-document schema, so that the project it becomes
 * always opens: what a unit must hold and lacks (an empty AKN paragraph has no text) is filled with an
 * empty paragraph, and a node that cannot stand where it is keeps its text as paragraphs there.
 */

const paragraphType = legalSchema.nodes['paragraph']!

/** ProseMirror's JSON of a filled-in node, without the null attributes it spells out. */
function plainJSON(node: PMNode): DocJSON {
  const json: DocJSON = { type: node.type.name }
  const attrs = Object.fromEntries(Object.entries(node.attrs).filter(([, value]) => value !== null))
  if (Object.keys(attrs).length) json.attrs = attrs
  if (node.childCount) json.content = node.content.content.map(plainJSON)
  return json
}

/** Every text block below a node, as paragraphs. */
function paragraphsIn(node: DocJSON): DocJSON[] {
  if (node.type === 'paragraph') return [node]
  if (node.type === 'heading') return node.content ? [{ type: 'paragraph', content: node.content }] : []
  return (node.content ?? []).flatMap(paragraphsIn)
}

export function fitToSchema(json: DocJSON): DocJSON {
  const type: NodeType | undefined = legalSchema.nodes[json.type]
  if (!type || type.isTextblock || type.isText) return json
  let match = type.contentMatch
  const out: DocJSON[] = []
  const place = (child: DocJSON): boolean => {
    const childType = legalSchema.nodes[child.type]
    if (!childType) return false
    let next = match.matchType(childType)
    if (!next) {
      const fill = match.fillBefore(Fragment.from(childType.createAndFill() ?? []))
      if (!fill) return false
      fill.forEach((filled) => {
        out.push(plainJSON(filled))
        match = match.matchType(filled.type)!
      })
      next = match.matchType(childType)
      if (!next) return false
    }
    out.push(child)
    match = next
    return true
  }
  for (const child of (json.content ?? []).map(fitToSchema)) {
    if (place(child)) continue
    for (const paragraph of paragraphsIn(child)) if (match.matchType(paragraphType)) place(paragraph)
  }
  match.fillBefore(Fragment.empty, true)?.forEach((filled) => out.push(plainJSON(filled)))
  return json.content || out.length ? { ...json, content: out } : json
}
