import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fontFaceCss } from '../../shared/export/print/font-faces'
import type { PrintAssets } from '../../shared/export/print/print-view'

/**
 * Reads what the print view embeds from resources/: the print CSS, the fonts and the pagination script.
 * Read once and kept: they never change while Glossa runs.
 */

/** The app's resources folder: found by walking up from this file (source, built main, tests alike). */
export function resourcesDir(start = __dirname): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'resources', 'print', 'print.css'))) return join(dir, 'resources')
    if (dirname(dir) === dir) throw new Error(`Glossa's resources folder was not found above ${start}`)
  }
}

let cached: PrintAssets | undefined

/** The print view's CSS, fonts and pagination script. */
export function loadPrintAssets(): PrintAssets {
  if (cached) return cached
  const resources = resourcesDir()
  cached = {
    css: readFileSync(join(resources, 'print', 'print.css'), 'utf8'),
    fontFaces: fontFaceCss((file) => readFileSync(join(resources, 'fonts', 'pt-serif', file)).toString('base64')),
    paginateScript: readFileSync(join(resources, 'print', 'paginate.js'), 'utf8')
  }
  return cached
}
