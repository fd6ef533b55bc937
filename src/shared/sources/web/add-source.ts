import { importIntoLibrary, suggestSourceId } from '../library'
import type { CslItem } from '../types'
import { sourceFromReading } from './source-item'
import type { SourceReading } from './types'

/**
 * Adds the source a file was read as to a library, the way imported sources are added: a duplicate (same
 * URL, DOI, ISBN or citation key) is merged into the source already there, which gains the archived text
 * if it had none; otherwise the source gets an id of its own ("omarova2026").
 */

export interface AddedSource {
  library: CslItem[]
  /** The source as it now stands in the library. */
  item: CslItem
  /** Whether it merged into a source already in the library. */
  merged: boolean
}

export function addSourceFromReading(library: readonly CslItem[], reading: SourceReading, context: { fileName: string; takenAt: Date }): AddedSource {
  const candidate = sourceFromReading(reading, { ...context, id: '' })
  const result = importIntoLibrary(library, [{ ...candidate, id: suggestSourceId(candidate) }])
  const item = result.added[0] ?? result.library.find((source) => !library.includes(source))!
  return { library: result.library, item, merged: result.report.merged > 0 }
}
