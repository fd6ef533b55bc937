import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { resourcesDir } from './print-assets'

/**
 * PT Serif's four faces as TrueType, for embedding in Word files (Word embeds TrueType, not the WOFF2 files
 * the print view uses). PT Serif covers every Cyrillic letter Kazakh and Russian need; it is under the SIL
 * Open Font License, which allows embedding (resources/fonts/pt-serif/OFL.txt).
 */
export interface DocxFont {
  name: string
  data: Buffer
  bold: Buffer
  italic: Buffer
  boldItalic: Buffer
}

/** The font the Word export names: embedded when the files are there, else Word's substitute for it. */
export const docxFontName = 'PT Serif'

let cached: DocxFont | null | undefined

/** PT Serif's faces, or null (the reason in `reason`) when they cannot be read. */
export function loadDocxFont(): { font: DocxFont | null; reason?: string } {
  if (cached !== undefined) return { font: cached }
  try {
    const face = (name: string) => readFileSync(join(resourcesDir(), 'fonts', 'pt-serif', 'ttf', `PTSerif_${name}.ttf`))
    cached = { name: docxFontName, data: face('400Regular'), bold: face('700Bold'), italic: face('400Regular_Italic'), boldItalic: face('700Bold_Italic') }
    return { font: cached }
  } catch (error) {
    return { font: null, reason: (error as Error).message }
  }
}
