import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createAnnotation } from '../src/shared/annotations/model'
import type { AnnotationTarget, Tag } from '../src/shared/annotations/types'
import { generateLegalText } from '../src/shared/fixtures/generate-text'
import { importPlainText } from '../src/shared/import/plain-text'
import { createProject } from '../src/shared/project/create'
import { serialiseProject } from '../src/shared/project/parse'

/**
 * A project the tag specs open: a generated constitution (2 parts, 6 articles), the given tags, and one
 * annotation on Article n+1 for each entry of `tagged` (the tag ids it carries), written to `folder/name`.
 */
export async function writeTaggedProject(folder: string, name: string, tags: Tag[], tagged: string[][]): Promise<string> {
  const imported = importPlainText(generateLegalText({ parts: 2, articles: 6 }))
  if (!imported.ok) throw new Error(imported.error.code)
  const project = createProject({ title: 'Tagged', document: { name: 'Examplestan', language: 'en', content: imported.doc } })
  project.tags = tags
  const author = { id: 'author-1', name: 'A. Scholar', color: '#2f5d8a' }
  const target = (n: number): AnnotationTarget => ({
    eId: `art_${n}`,
    quote: { type: 'TextQuoteSelector', exact: `Article ${n}`, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: 1 }
  })
  project.annotations = tagged.map((tagIds, index) => createAnnotation({ target: target(index + 1), author, tags: tagIds }))
  const file = join(folder, name)
  await writeFile(file, serialiseProject(project))
  return file
}
