/**
 * bench/editions: comparing two 1,000-article editions of a law (target < 1 s) and carrying 10,000 notes
 * from one to the other (target < 2 s), each printed beside importing the two files (read + import), as a
 * ratio. The editions differ as in issue 12: an inserted article renumbering all after it, a moved one, a
 * deleted one, reworded clauses, an inserted "2-1." clause and a deleted clause.
 *
 * Run: npx tsx bench/editions/run.ts [articles] [notes]
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { buildDocumentText } from '../../src/shared/annotations/document-text'
import { createAnnotation } from '../../src/shared/annotations/model'
import { targetFromUnitOffsets } from '../../src/shared/annotations/selectors'
import type { Annotation } from '../../src/shared/annotations/types'
import { legalSchema } from '../../src/shared/document/schema'
import type { DocJSON } from '../../src/shared/document/types'
import { alignEditions } from '../../src/shared/editions/align'
import { carryAnnotations } from '../../src/shared/editions/carry'
import { editionText, generateEditionPair } from '../../src/shared/fixtures/generate-editions'
import { importFile } from '../../src/shared/import/import-file'
import { nodeFormatReaders } from '../../src/main/import/readers'
import { median, rounds } from '../merge/median'

const articleCount = Number(process.argv[2] ?? 1000)
const noteCount = Number(process.argv[3] ?? 10_000)
const author = { id: 'bench', name: 'Bench', color: '#2f5d8a' }

/** `count` notes spread over every article: a few words from each clause in turn. */
function notesOn(doc: DocJSON, count: number): Annotation[] {
  const units = [...buildDocumentText(legalSchema.nodeFromJSON(doc)).units.values()].filter((unit) => unit.eId.startsWith('art_'))
  return Array.from({ length: count }, (_, k) => {
    const unit = units[k % units.length]!
    const words = [...unit.text.matchAll(/\S+/gu)]
    const first = (Math.floor(k / units.length) * 3) % Math.max(1, words.length - 2)
    const start = words[first]!.index
    const last = words[Math.min(words.length - 1, first + 2)]!
    return createAnnotation({ target: targetFromUnitOffsets(unit, start, last.index + last[0].length), author, id: `note-${k}` })
  })
}

async function main() {
  const pair = generateEditionPair({ articles: articleCount, reworded: articleCount / 10, deleteArticle: true })
  const folder = await mkdtemp(join(tmpdir(), 'glossa-bench-editions-'))
  const files = [join(folder, 'first-draft.txt'), join(folder, 'final-draft.txt')]
  await writeFile(files[0]!, editionText(pair.old))
  await writeFile(files[1]!, editionText(pair.revised))

  const imports: number[] = []
  const compares: number[] = []
  const carries: number[] = []
  let docs: DocJSON[]
  let notes: Annotation[] = []
  let outcome = ''
  for (let round = 0; round < rounds; round++) {
    let start = performance.now()
    const imported = await Promise.all(files.map(async (file) => importFile(new Uint8Array(await readFile(file)), file, nodeFormatReaders)))
    imports.push(performance.now() - start)
    docs = imported.map((result) => {
      if (!result.ok) throw new Error('bench editions must import')
      return result.value.doc
    })
    if (notes.length === 0) notes = notesOn(docs[0]!, noteCount)

    start = performance.now()
    const alignment = alignEditions(docs[0]!, docs[1]!)
    compares.push(performance.now() - start)

    start = performance.now()
    const carried = carryAnnotations(docs[0]!, docs[1]!, notes)
    carries.push(performance.now() - start)
    const statuses = new Map<string, number>()
    for (const note of carried.notes) statuses.set(note.status, (statuses.get(note.status) ?? 0) + 1)
    outcome = `${alignment.articles.length} article pairs; notes ${[...statuses].map(([status, n]) => `${n} ${status}`).join(', ')}`
  }
  await rm(folder, { recursive: true, force: true })
  const importing = median(imports)
  const comparing = median(compares)
  const carrying = median(carries)
  console.log(`bench/editions: two editions of ${articleCount} articles, ${noteCount} notes (${outcome})`)
  console.log(`  importing both files: ${importing.toFixed(0)} ms (baseline)`)
  console.log(`  comparing:            ${comparing.toFixed(0)} ms = ${(comparing / importing).toFixed(2)} x importing; target < 1000 ms: ${comparing < 1000 ? 'met' : 'MISSED'}`)
  console.log(`  carrying the notes:   ${carrying.toFixed(0)} ms = ${(carrying / importing).toFixed(2)} x importing; target < 2000 ms: ${carrying < 2000 ? 'met' : 'MISSED'}`)
}

void main()
