import type { Annotation } from '../../annotations/types'
import type { DocJSON } from '../../document/types'
import { importEdition, notesAndExpectations } from '../../editions/testing'
import { generateEditionPair, type EditionPair, type EditionPairOptions } from '../../fixtures/generate-editions'
import type { GeneratedLanguage } from '../../fixtures/generate-text'
import { createProject } from '../../project/create'
import type { ProjectFile } from '../../project/schema'

/** Two generated editions and a project on the first one whose notes on reworded clauses carry commentary. */
export interface TableFixture {
  pair: EditionPair
  oldDoc: DocJSON
  newDoc: DocJSON
  project: ProjectFile
  /** The commented notes: the article they are on (old eId), their quoted words and their commentary. */
  commented: { eId: string; quote: string; commentary: string }[]
}

const commentaryWords: Record<GeneratedLanguage, string> = { en: 'The revision narrows this guarantee', ru: 'Новая редакция сужает эту гарантию', kk: 'Жаңа редакция бұл кепілдікті тарылтады' }

export function tableFixture(language: GeneratedLanguage, options: EditionPairOptions = {}): TableFixture {
  const pair = generateEditionPair({ language, ...options })
  const oldDoc = importEdition(pair.old)
  const newDoc = importEdition(pair.revised)
  const expectations = notesAndExpectations(pair, oldDoc)
  const commented: TableFixture['commented'] = []
  const annotations: Annotation[] = expectations.map(({ note, quote, status }) => {
    if (status !== 'changed') return note
    const commentary = `${commentaryWords[language]} (${note.target.eId}).`
    commented.push({ eId: note.target.eId, quote, commentary })
    return { ...note, body: { doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: commentary }] }] } } }
  })
  const project = createProject({ title: 'Commentary', document: { name: 'First draft', language, content: oldDoc }, now: new Date('2026-02-01T00:00:00Z') })
  project.annotations = annotations
  return { pair, oldDoc, newDoc, project, commented }
}
