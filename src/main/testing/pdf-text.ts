import { execFileSync } from 'node:child_process'

/**
 * The text of a PDF as a reader finds it (pdftotext, from poppler): the soft hyphens the printed book carries
 * (src/shared/export/hyphenation) are taken out, and a word hyphenated at a line end is whole again. Tests
 * compare words, not how the lines happened to break.
 */
export function pdfText(file: string, ...args: string[]): string {
  const raw = execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' })
  return readableText(raw)
}

/** Soft hyphens out; "re\u00ADvi\u00AD-\nsion" (a soft hyphen that broke the line) back to "revision". */
export function readableText(raw: string): string {
  return raw.replace(/\u00ad-[ \t]*\n?[ \t]*/g, '').replace(/\u00ad/g, '')
}
