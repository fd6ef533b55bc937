import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { citationStyles, localeFileName, shippedLocales } from '../../shared/citations/styles'
import type { CitationStyleId } from '../../shared/sources/types'

/** A CSL style's XML and the shipped locales, ready for `createCitationFormatter`. */
export interface CslFiles {
  style: string
  locales: Record<string, string>
}

/** resources/csl under the app's root (the repository in tests and the CLI, `app.getAppPath()` in Electron). */
export function cslDirectory(appRoot: string): string {
  return join(appRoot, 'resources', 'csl')
}

/** Reads a shipped style and every shipped locale from resources/csl. */
export async function loadCslFiles(style: CitationStyleId, appRoot: string): Promise<CslFiles> {
  const dir = cslDirectory(appRoot)
  const read = (name: string) => readFile(join(dir, name), 'utf8')
  const locales = Object.fromEntries(await Promise.all(shippedLocales.map(async (tag) => [tag, await read(localeFileName(tag))] as const)))
  return { style: await read(citationStyles[style].file), locales }
}
