import { buildDocumentText } from '../annotations/document-text'
import { createAnnotation } from '../annotations/model'
import { targetFromUnitOffsets } from '../annotations/selectors'
import type { Annotation } from '../annotations/types'
import { legalSchema } from '../document/schema'
import type { DocJSON } from '../document/types'
import { articleNumbers, editionText, type EditionPair, type GeneratedClause, type GeneratedEdition } from '../fixtures/generate-editions'
import { importPlainText } from '../import/plain-text'

/** A generated edition imported the way a user's file is: through the plain-text importer. */
export function importEdition(edition: GeneratedEdition): DocJSON {
  const outcome = importPlainText(editionText(edition))
  if (!outcome.ok) throw new Error(`generated edition did not import: ${outcome.error.code}`)
  return outcome.doc
}

const author = { id: 'author-1', name: 'A. Scholar', color: '#2f5d8a' }

export interface Expectation {
  note: Annotation
  quote: string
  /** The article and clause it must reach, or null for an orphan. */
  article: string | null
  clause: string | null
  status: string
}

/** One note on each clause of every article (its object phrase, or the stock sentence), and where each must go. */
export function notesAndExpectations(pair: EditionPair, oldDoc: DocJSON): Expectation[] {
  const text = buildDocumentText(legalSchema.nodeFromJSON(oldDoc))
  const oldNumbers = articleNumbers(pair.old)
  const newNumbers = articleNumbers(pair.revised)
  const revisedArticles = new Map(pair.revised.parts.flatMap((part) => part.articles).map((article) => [article.id, article]))
  const { changes } = pair
  const expectations: Expectation[] = []
  for (const article of pair.old.parts.flatMap((part) => part.articles)) {
    const eId = `art_${oldNumbers.get(article.id)}`
    const unit = text.units.get(eId)!
    let clauseStart = 0
    for (const clause of article.clauses) {
      clauseStart = unit.text.indexOf(clause.text, clauseStart)
      const start = clauseStart + clause.text.indexOf(clause.object)
      const note = createAnnotation({ target: targetFromUnitOffsets(unit, start, start + clause.object.length), author, id: `${article.id}/${clause.id}`, now: new Date('2026-02-01T00:00:00Z') })
      const revisedArticle = revisedArticles.get(article.id)
      const revisedClause: GeneratedClause | undefined = revisedArticle?.clauses.find((candidate) => candidate.id === clause.id)
      const newNum = newNumbers.get(article.id)
      if (!revisedClause || newNum === undefined) {
        expectations.push({ note, quote: clause.object, article: null, clause: null, status: 'orphaned' })
        continue
      }
      const newEId = `art_${newNum}`
      const reworded = changes.reworded.get(article.id)?.includes(clause.id) ?? false
      const same = newEId === eId && article.id !== changes.movedArticle && revisedClause.num === clause.num
      expectations.push({ note, quote: clause.object, article: newEId, clause: `${newEId}__para_${revisedClause.num}`, status: reworded ? 'changed' : same ? 'exact' : 'moved' })
    }
  }
  return expectations
}
