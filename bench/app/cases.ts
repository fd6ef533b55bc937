import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateAnnotatedProject, generateColleagueCopy } from '../../src/shared/fixtures/generate-project'
import { serialiseProject } from '../../src/shared/project/parse'
import type { Harness } from './harness'
import { addHighlight, closeProject, mergeFile, openProject, saveAfterOneChange, untilSaved, scrollText, searchText, selectWord, typeCommentary, type Timed } from './interactions'
import type { Measurement } from './probe-types'

/** One benchmark case: a generated text of `articles` articles with `annotations` annotations. */
export interface CaseSpec {
  articles: number
  annotations: number
  /**
   * Also time saving after one change, and (with annotations) merging a colleague's copy of the project:
   * main's handlers on projects of this size.
   */
  saveAndMerge: boolean
}

/** How many times each interaction is repeated. */
export interface Rounds {
  open: number
  select: number
  add: number
  save: number
  /** The commentary typed, one key at a time. */
  typed: string
  /** The search queries typed, one key at a time. */
  queries: string[]
  scroll: number
  merge: number
}

export interface CaseResult {
  spec: CaseSpec
  open: Timed[]
  select: Measurement[]
  add: Measurement[]
  save: Timed[]
  type: Measurement[]
  search: Measurement[]
  scroll: Measurement[]
  merge: Timed[]
}

const colleague = { id: 'author-daniyar', name: 'Daniyar', color: '#d62728' }

/** Runs every interaction of one case in a fresh app on freshly generated files. */
export async function runCase(harness: Harness, spec: CaseSpec, rounds: Rounds, log: (line: string) => void): Promise<CaseResult> {
  const folder = await mkdtemp(join(tmpdir(), 'glossa-bench-app-'))
  const app = await harness.launch(folder)
  try {
    const project = generateAnnotatedProject({ parts: 11, articles: spec.articles, annotations: spec.annotations, seed: 11 })
    const file = join(folder, 'project.glossa')
    await writeFile(file, serialiseProject(project))
    const theirs = join(folder, 'daniyar.glossa')
    if (spec.saveAndMerge) await writeFile(theirs, serialiseProject(generateColleagueCopy(project, colleague, new Date('2026-11-20T00:00:00Z'))))
    const label = `${spec.articles} articles, ${spec.annotations} annotations`
    const result: CaseResult = { spec, open: [], select: [], add: [], save: [], type: [], search: [], scroll: [], merge: [] }

    const began = Date.now()
    const done = (what: string) => log(`${label}: ${what} (${((Date.now() - began) / 1000).toFixed(0)} s)`)
    for (let round = 0; round < rounds.open; round++) {
      if (round > 0) await closeProject(app)
      result.open.push(await openProject(app, file, spec.articles, spec.annotations > 0))
    }
    done('opened')
    // Reading first, editing after: edits start autosaves, which should not land in other measurements.
    for (let round = 0; round < rounds.select; round++) result.select.push(await selectWord(app, round, spec.articles))
    result.search = await searchText(app, rounds.queries)
    result.scroll = await scrollText(app, rounds.scroll)
    done('selected, searched and scrolled')
    for (let round = 0; round < rounds.add; round++) result.add.push(await addHighlight(app, rounds.select + round, spec.articles))
    result.type = await typeCommentary(app, 200, spec.articles, rounds.typed)
    done('added and typed')
    if (!spec.saveAndMerge) return result
    await untilSaved(app)
    for (let round = 0; round < rounds.save; round++) result.save.push(await saveAfterOneChange(app, 100 + round, spec.articles))
    for (let round = 0; spec.annotations > 0 && round < rounds.merge; round++) result.merge.push(await mergeFile(app, theirs))
    done('saved and merged')
    return result
  } catch (error) {
    // What the page showed when an interaction failed, to adapt selectors.ts when the UI has changed.
    await app.page.screenshot({ path: join(tmpdir(), 'glossa-bench-app-failure.png') }).catch(() => undefined)
    throw error
  } finally {
    await app.close()
    await rm(folder, { recursive: true, force: true })
  }
}
