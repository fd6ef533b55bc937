import { translate } from '../i18n/translate'
import { normaliseNum } from '../document/eid'
import type { LineToken } from './recognise'
import type { ImportWarning } from './report'

/**
 * The apparatus of a publication, recognised in its lines and left out of the law: a table of contents
 * (a run of headings that the text repeats later, with or without page numbers), the title page before it,
 * and a bibliography after the last article. Glossa's own DOCX and PDF exports carry all three, and so do
 * many official publications; reading them as law gave every article twice. What is left out is reported.
 */

/** The words that head a table of contents, in Glossa's languages and as other publishers print them. */
const contentsTitles = ['contents', 'table of contents', 'содержание', 'оглавление', 'мазмұны']
/** The words that head a bibliography. */
const backMatterTitles = ['bibliography', 'references', 'библиография', 'список литературы', 'әдебиеттер тізімі']

const locales = ['en', 'ru', 'kk'] as const
const normalise = (text: string) => text.toLocaleLowerCase().replace(/[\s.:]+$/u, '').trim()
const titleSet = (words: string[], key: 'exportContents' | 'exportBibliography') => new Set([...words, ...locales.map((locale) => normalise(translate(key, {}, locale)))])
const contents = titleSet(contentsTitles, 'exportContents')
const backMatter = titleSet(backMatterTitles, 'exportBibliography')

/** A title line, perhaps with the page number a table of contents gives it ("Bibliography ..... 20"). */
const withoutPageNumber = (line: string) => normalise(line.replace(/[\s.·…_]*\d{1,4}$/u, ''))
// Titles are short: longer lines are never looked up (this runs on every line of every import).
const isTitle = (titles: Set<string>, line: string) => line.length <= 60 && titles.has(withoutPageNumber(line))
const isPageNumber = (line: string) => /^\d{1,4}$/.test(line)
const isHeading = (token: LineToken) => token.kind === 'part' || token.kind === 'chapter' || token.kind === 'article' || token.kind === 'preamble'
const articleNum = (token: LineToken) => (token.kind === 'article' ? normaliseNum(token.num) : undefined)

/** Fewest article entries that make a run of headings a table of contents. */
const minimumEntries = 3

interface Span {
  start: number
  end: number
}

/**
 * The table of contents: a run of headings (with their page numbers, the contents' own title and entries
 * such as "Bibliography") whose articles all come again later in the text. It ends at its last such article;
 * a single wrapped line between two entries belongs to it.
 */
function findContents(lines: string[], tokens: LineToken[]): Span | null {
  const lastIndexOf = new Map<string, number>()
  tokens.forEach((token, index) => {
    const num = articleNum(token)
    if (num !== undefined) lastIndexOf.set(num, index)
  })
  const entryLines = lines.map((line, index) => isHeading(tokens[index]!) || isTitle(contents, line) || isTitle(backMatter, line) || isPageNumber(line))
  const isEntry = (index: number) => entryLines[index] === true
  for (let start = 0; start < tokens.length; start++) {
    if (!isEntry(start)) continue
    let end = -1
    let entries = 0
    for (let index = start; index < tokens.length; index++) {
      const token = tokens[index]!
      const num = articleNum(token)
      if (num !== undefined) {
        if ((lastIndexOf.get(num) ?? -1) <= index) break
        entries++
        end = index
      } else if (!isEntry(index) && !(isEntry(index - 1) && isEntry(index + 1) && token.kind === 'text')) break
    }
    if (entries >= minimumEntries) {
      // Entries after the last article: page numbers and titles such as "Bibliography 20", not the text's first heading.
      while (end + 1 < tokens.length && !isHeading(tokens[end + 1]!) && (isTitle(backMatter, lines[end + 1]!) || isTitle(contents, lines[end + 1]!) || isPageNumber(lines[end + 1]!))) end++
      return { start, end }
    }
    if (end > start) start = end
  }
  return null
}

/** The bibliography: from its title after the last article to the end (a PDF may run the entries on after the title). */
function findBackMatter(lines: string[], tokens: LineToken[]): number | null {
  const lastHeading = tokens.findLastIndex((token) => isHeading(token))
  if (lastHeading < 0) return null
  for (let index = lastHeading + 1; index < lines.length; index++) {
    const line = lines[index]!
    if (isTitle(backMatter, line) || [...backMatter].some((title) => normalise(line).startsWith(`${title} `))) return index
  }
  return null
}

export interface WithoutApparatus {
  tokens: LineToken[]
  warnings: ImportWarning[]
}

/**
 * The classified lines of the law without the publication's contents, title page and bibliography, and
 * what was left out. `tokens` are the lines as `recogniseLine` classified them.
 */
export function leaveOutApparatus(lines: string[], tokens: LineToken[]): WithoutApparatus {
  const leftOut = new Set<number>()
  const warnings: ImportWarning[] = []
  const contentsSpan = findContents(lines, tokens)
  if (contentsSpan) {
    for (let index = contentsSpan.start; index <= contentsSpan.end; index++) leftOut.add(index)
    warnings.push({ code: 'contentsLeftOut', params: { lines: contentsSpan.end - contentsSpan.start + 1 } })
    // Before the contents: the title page. Its first line stays as the title; names, dates and versions go.
    const titlePage = tokens.slice(0, contentsSpan.start)
    if (titlePage.length > 1 && titlePage.every((token) => token.kind === 'text')) {
      for (let index = 1; index < contentsSpan.start; index++) leftOut.add(index)
      warnings.push({ code: 'titlePageLeftOut', params: { lines: contentsSpan.start - 1 } })
    }
  }
  const backMatterStart = findBackMatter(lines, tokens)
  if (backMatterStart !== null) {
    for (let index = backMatterStart; index < lines.length; index++) leftOut.add(index)
    warnings.push({ code: 'backMatterLeftOut', params: { lines: lines.length - backMatterStart } })
  }
  return { tokens: leftOut.size === 0 ? tokens : tokens.filter((_token, index) => !leftOut.has(index)), warnings }
}
