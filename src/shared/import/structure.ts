import type { DocJSON } from '../document/types'
import { EIdRegistry, eIdFor, normaliseNum } from '../document/eid'
import type { LineToken } from './recognise'
import type { ImportWarning, StructureCounts } from './report'

/**
 * Builds the structured document from classified lines. Text is never dropped: a line that belongs to no
 * unit becomes a paragraph where it stands, and the report says so.
 */

interface Unit extends DocJSON {
  content: DocJSON[]
  attrs: { eId: string; num: string; label: string }
}

export interface BuiltStructure {
  doc: DocJSON
  counts: StructureCounts
  /** Text found outside any article; numbering and empty articles are checked on the result (checks.ts). */
  warnings: ImportWarning[]
}

function paragraph(text: string): DocJSON {
  return text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' }
}

function heading(text: string): DocJSON {
  return text ? { type: 'heading', content: [{ type: 'text', text }] } : { type: 'heading' }
}

function unit(type: string, eId: string, num: string, label: string, headingText = ''): Unit {
  return { type, attrs: { eId, num, label }, content: headingText ? [heading(headingText)] : [] }
}

/** Where the next line can go: the innermost open unit of each kind. */
interface Cursor {
  preamble?: Unit
  part?: Unit
  chapter?: Unit
  article?: Unit
  clause?: Unit
  subpoint?: Unit
}

const maxHeadingLength = 200

/** Builds the document from classified lines, with its counts and the text it found outside any article. */
export function buildStructure(tokens: LineToken[], options: { title?: string } = {}): BuiltStructure {
  const body: DocJSON[] = []
  const eIds = new EIdRegistry()
  const counts: StructureCounts = { preamble: false, parts: 0, chapters: 0, articles: 0, clauses: 0, subpoints: 0 }
  const warnings: ImportWarning[] = []
  let title = options.title
  let cursor: Cursor = {}
  let started = false

  const outsideArticle = (text: string) => {
    warnings.push({ code: 'textOutsideArticle', eId: cursor.chapter?.attrs.eId ?? cursor.part?.attrs.eId, params: { text: text.slice(0, 80) } })
  }
  const openPreamble = (label: string) => {
    const preamble = unit('preamble', 'preamble', '', label)
    counts.preamble = true
    body.push(preamble)
    cursor = { preamble }
    return preamble
  }

  tokens.forEach((token, index) => {
    const next = tokens[index + 1]
    switch (token.kind) {
      case 'preamble': {
        // A second "Preamble" line, or one after untitled opening text, is kept: it labels or joins the preamble.
        const open = body.find((node) => node.type === 'preamble') as Unit | undefined
        if (open && !open.attrs.label) open.attrs.label = token.label
        else if (open) addText(token.label)
        if (open) break
        openPreamble(token.label)
        started = true
        break
      }
      case 'part': {
        const num = normaliseNum(token.num, true)
        const part = unit('part', eIds.claim(eIdFor('part', num)), num, token.label, token.heading)
        counts.parts++
        body.push(part)
        cursor = { part }
        started = true
        break
      }
      case 'chapter': {
        const num = normaliseNum(token.num, true)
        const parentEId = cursor.part?.attrs.eId ?? ''
        const chapter = unit('chapter', eIds.claim(eIdFor('chapter', num, parentEId)), num, token.label, token.heading)
        counts.chapters++
        ;(cursor.part?.content ?? body).push(chapter)
        cursor = { part: cursor.part, chapter }
        started = true
        break
      }
      case 'article': {
        const num = normaliseNum(token.num)
        const article = unit('article', eIds.claim(eIdFor('article', num)), num, token.label, token.heading)
        counts.articles++
        ;(cursor.chapter?.content ?? cursor.part?.content ?? body).push(article)
        cursor = { part: cursor.part, chapter: cursor.chapter, article }
        started = true
        break
      }
      case 'clause': {
        if (!cursor.article) return addText(token.label + ' ' + token.text)
        const num = normaliseNum(token.num)
        const clause = unit('clause', eIds.claim(eIdFor('clause', num, cursor.article.attrs.eId)), num, token.label)
        clause.content.push(paragraph(token.text))
        counts.clauses++
        cursor.article.content.push(clause)
        cursor = { ...cursor, clause, subpoint: undefined }
        break
      }
      case 'subpoint': {
        const container = cursor.clause ?? cursor.article
        if (!container) return addText(token.label + ' ' + token.text)
        const num = normaliseNum(token.num)
        const subpoint = unit('subpoint', eIds.claim(eIdFor('subpoint', num, container.attrs.eId)), num, token.label)
        subpoint.content.push(paragraph(token.text))
        counts.subpoints++
        container.content.push(subpoint)
        cursor = { ...cursor, subpoint }
        break
      }
      case 'text':
        addText(token.text, next)
        break
    }
  })

  function addText(text: string, next?: LineToken) {
    const container = cursor.clause ?? cursor.article ?? cursor.chapter ?? cursor.part ?? cursor.preamble
    if (!container) {
      if (!started && title === undefined && text.length <= maxHeadingLength) {
        title = text
        return
      }
      // Text after the title and before the first part or article is the preamble, headed or not.
      const preamble = counts.preamble ? undefined : openPreamble('')
      started = true
      if (preamble) {
        preamble.content.push(paragraph(text))
        return
      }
      body.push(paragraph(text))
      outsideArticle(text)
      return
    }
    const isHeadingSlot =
      (container.type === 'part' || container.type === 'chapter') &&
      container.content.length === 0 &&
      text.length <= maxHeadingLength &&
      next !== undefined &&
      next.kind !== 'text'
    if (isHeadingSlot) {
      container.content.push(heading(text))
      return
    }
    if (container.type === 'part' || container.type === 'chapter') outsideArticle(text)
    if (container === cursor.clause) cursor = { ...cursor, subpoint: undefined }
    container.content.push(paragraph(text))
  }

  for (const preamble of body.filter((node) => node.type === 'preamble')) {
    if (!preamble.content?.some((child) => child.type === 'paragraph')) preamble.content?.push(paragraph(''))
  }

  const content: DocJSON[] = title !== undefined ? [{ type: 'title', content: title ? [{ type: 'text', text: title }] : [] }, ...body] : body
  return { doc: { type: 'doc', content }, counts, warnings }
}

/** All nodes of one type, in document order. */
export function collect(nodes: DocJSON[], type: string): DocJSON[] {
  const found: DocJSON[] = []
  const visit = (node: DocJSON) => {
    if (node.type === type) found.push(node)
    node.content?.forEach(visit)
  }
  nodes.forEach(visit)
  return found
}
