import { detectLanguage } from '../../import/language'
import { sourceType } from './source-type'
import { firstFound } from './tags'
import type { SourceReading } from './types'
import { visibleFields } from './visible'
import { withoutChromeLines } from './chrome'

/**
 * Reads plain or pasted text (also a PDF's or a DOCX's text): the first line is the title, the visible
 * byline, date, dateline and "Source:" line give the rest.
 */

/** A title is a line, not a paragraph. */
const titleLength = 300

/** A line this long that does not end a sentence was broken by the page width, not by its writer. */
const wrappedLength = 60
const endsSentence = /[.!?:;…»"”)]$/u

/** The paragraphs of a text: one a line, lines broken mid-sentence by a hard wrap joined again. */
export function paragraphsOfText(text: string): string[] {
  const paragraphs: string[] = []
  let joinNext = false
  for (const rawLine of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = rawLine.replace(/\s+/g, ' ').trim()
    if (!line) {
      joinNext = false
      continue
    }
    const previous = paragraphs[paragraphs.length - 1]
    // "constitu-" + "tional": a word the wrap hyphenated is one word again.
    if (joinNext && previous !== undefined) paragraphs[paragraphs.length - 1] = /\p{Ll}-$/u.test(previous) ? previous.slice(0, -1) + line : `${previous} ${line}`
    else paragraphs.push(line)
    joinNext = line.length >= wrappedLength && !endsSentence.test(line)
  }
  return paragraphs
}

export function readText(text: string, savedOn: Date): SourceReading {
  const paragraphs = withoutChromeLines(paragraphsOfText(text))
  const [first] = paragraphs
  const visible = visibleFields(paragraphs, { defaultYear: savedOn.getUTCFullYear() })
  const fields = firstFound([['text', { ...(first && first.length <= titleLength ? { title: first } : {}), ...visible }]])
  const textLanguage = detectLanguage(paragraphs.join('\n'))
  fields.language = { value: textLanguage, origin: 'text' }
  return { fields, type: sourceType(fields, 'document'), paragraphs, textLanguage }
}
