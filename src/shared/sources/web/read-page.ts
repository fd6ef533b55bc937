import { detectLanguage } from '../../import/language'
import { blockLines, parsePage } from './dom'
import { readableParagraphs } from './readable'
import { firstFound, tagFieldsByOrigin } from './tags'
import { sourceType } from './source-type'
import type { FieldOrigin, FieldValues, SourceReading } from './types'
import { visibleFields } from './visible'

/**
 * Reads a saved web page (or a DOCX rendered as HTML): its tags, its visible byline and date, and its
 * readable text. `savedOn` is when the page was saved or read, for dates printed without a year.
 */
export function readPage(html: string, savedOn: Date): SourceReading {
  const page = parsePage(html)
  const heading = page.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim()
  const allLines = page.body ? blockLines(page.body) : []
  // The visible clues are read from the headline on: the menus above it hold dates of other stories.
  const headlineAt = heading ? allLines.indexOf(heading) : -1
  const visible = visibleFields(allLines.slice(Math.max(0, headlineAt)), { defaultYear: savedOn.getUTCFullYear() })
  // The <h1> names the article better than a <title> that carries the site's name too.
  const tagged = tagFieldsByOrigin(page).map(([origin, values]): [FieldOrigin, FieldValues] => [origin, origin === 'html' && heading ? { ...values, title: heading } : values])
  const fields = firstFound([...tagged, ['text', visible]])
  const paragraphs = readableParagraphs(parsePage(html))
  const textLanguage = detectLanguage(paragraphs.join('\n'))
  fields.language ??= { value: textLanguage, origin: 'text' }
  return { fields, type: sourceType(fields, 'webpage'), paragraphs, textLanguage }
}
