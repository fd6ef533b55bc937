import { articleEIdsByNum, choosableParts, parseArticleList } from '../../shared/export/article-list'
import { citationStyleIds, citationStyles } from '../../shared/citations/styles'
import { defaultExportOptions, exportOptionsSchema, notePlacements, pageSizes, publicationLanguages, bareHighlightChoices, type ExportOptions } from '../../shared/export/options'
import { readExportData } from '../../shared/export/project-data'
import { translate } from '../../shared/i18n/translate'
import type { ProjectFile } from '../../shared/project/schema'
import type { CitationStyleId } from '../../shared/sources/types'
import { CliFailure, parseCommandLine, positionalArguments, UsageError } from '../command'
import { readProjectArgument } from '../project-argument'

/**
 * The options every export command shares (export-pdf, export-docx, export-commentary), read and checked
 * against the project: an article, part, tag, author, style or language it does not have is refused with a
 * message naming the bad value and the valid ones, never silently ignored.
 */

export const exportOptionsUsage = `  --articles 1,2,5-9        only these articles (by number)
  --parts part_1,part_3     only these parts (eIds)
  --tags ID,ID              only annotations with one of these tag ids
  --authors ID,ID           only annotations by these author ids
  --style ${citationStyleIds.map((id) => citationStyles[id].alias).join('|')}     citation style (default: the project's)
  --lang ${publicationLanguages.join('|')}            language of the labels and citation terms (default: the document's)
  --placement ${notePlacements.join('|')}
  --bare ${bareHighlightChoices.join('|')}            what a highlight without commentary prints
  --show-authors            print each note's author
  --page ${pageSizes.join('|')}   --margin MM   --font-size PT
  --version TEXT            version shown on the title page
  --no-tags                 leave out tag labels`

const optionSpec = {
  articles: { type: 'string' },
  parts: { type: 'string' },
  tags: { type: 'string' },
  authors: { type: 'string' },
  style: { type: 'string' },
  lang: { type: 'string' },
  placement: { type: 'string' },
  bare: { type: 'string' },
  'show-authors': { type: 'boolean' },
  page: { type: 'string' },
  margin: { type: 'string' },
  'font-size': { type: 'string' },
  version: { type: 'string' },
  'no-tags': { type: 'boolean' }
} as const

const listOf = (value: string | undefined) => (value === undefined ? null : value.split(',').map((item) => item.trim()).filter(Boolean))

/** Refuses `value` for `option` unless it is one of `valid`. */
function unknown(option: string, value: string, valid: readonly string[]): never {
  throw new UsageError(translate('errorExportUnknownValue', { what: option, value, valid: valid.length > 0 ? valid.join(', ') : '—' }))
}

/** Every value of a list option must be known. */
function checked(option: string, values: string[] | null, valid: readonly string[]): string[] | null {
  if (values === null) return null
  if (values.length === 0) unknown(option, '', valid)
  for (const value of values) if (!valid.includes(value)) unknown(option, value, valid)
  return values
}

/** A single value that must be one of `valid` (aliases allowed), or the fallback when absent. */
function pick<T extends string>(option: string, value: string | undefined, valid: readonly T[], fallback: T, aliases: Partial<Record<string, T>> = {}): T {
  if (value === undefined) return fallback
  const chosen = aliases[value] ?? ((valid as readonly string[]).includes(value) ? (value as T) : undefined)
  return chosen ?? unknown(option, value, [...new Set([...Object.keys(aliases), ...valid])])
}

/** Article numbers as a reader lists them: runs of plain numbers joined ("1–95, 96-1"). */
function numberRanges(nums: string[]): string[] {
  const ranges: string[] = []
  let start: string | undefined
  let previous: number | undefined
  const close = () => start !== undefined && ranges.push(String(previous) === start ? start : `${start}–${previous}`)
  for (const num of nums) {
    const value = /^\d+$/.test(num) ? Number(num) : undefined
    if (value !== undefined && previous !== undefined && start !== undefined && value === previous + 1) previous = value
    else {
      close()
      if (value === undefined) {
        ranges.push(num)
        start = previous = undefined
      } else {
        start = num
        previous = value
      }
    }
  }
  close()
  return ranges
}

export interface ExportRequest {
  project: ProjectFile
  options: ExportOptions
  output: string
}

/** Reads the project and the export options from an export command's arguments. */
export async function exportRequest(args: string[], outputName: string): Promise<ExportRequest> {
  const { values, positionals } = parseCommandLine(args, optionSpec)
  const [input, output] = positionalArguments(positionals, ['PROJECT.glossa', outputName])
  const project = await readProjectArgument(input)
  const document = project.document
  if (!document) throw new CliFailure(translate('errorExportNoDocument'))
  const data = readExportData(project)

  let scope: ExportOptions['scope'] = { kind: 'all' }
  if (values.articles !== undefined) {
    const parsed = parseArticleList(values.articles)
    const byNum = articleEIdsByNum(document.content)
    const validNums = numberRanges([...byNum.keys()])
    if ('invalid' in parsed) unknown('--articles', parsed.invalid, validNums)
    const missing = parsed.nums.find((num) => !byNum.has(num))
    if (missing !== undefined || parsed.nums.length === 0) unknown('--articles', missing ?? values.articles, validNums)
    scope = { kind: 'articles', eIds: parsed.nums.map((num) => byNum.get(num)!) }
  } else if (values.parts !== undefined) {
    scope = { kind: 'parts', eIds: checked('--parts', listOf(values.parts), choosableParts(document.content).map((part) => part.eId))! }
  }
  const authorIds = [...new Set(data.annotations.map((annotation) => annotation.author.id))]
  const styleAliases = Object.fromEntries(citationStyleIds.map((id) => [citationStyles[id].alias, id])) as Record<string, CitationStyleId>
  const number = (option: string, value: string | undefined, fallback: number) => {
    if (value === undefined) return fallback
    const parsed = Number(value)
    if (!Number.isFinite(parsed) || value.trim() === '') throw new UsageError(translate('errorExportUnknownValue', { what: option, value, valid: '—' }))
    return parsed
  }
  const candidate: ExportOptions = {
    ...defaultExportOptions,
    scope,
    tagIds: checked('--tags', listOf(values.tags), [...data.tags.keys()]),
    authorIds: checked('--authors', listOf(values.authors), authorIds),
    citationStyle: values.style === undefined ? null : pick('--style', values.style, citationStyleIds, defaultExportOptions.citationStyle ?? 'oscola', styleAliases),
    language: values.lang === undefined ? null : pick('--lang', values.lang, publicationLanguages, 'en'),
    placement: pick('--placement', values.placement, notePlacements, defaultExportOptions.placement),
    bareHighlights: pick('--bare', values.bare, bareHighlightChoices, defaultExportOptions.bareHighlights),
    showAuthors: Boolean(values['show-authors']),
    showTags: !values['no-tags'],
    versionLabel: values.version ?? '',
    page: {
      size: pick('--page', values.page, pageSizes, defaultExportOptions.page.size),
      marginMm: number('--margin', values.margin, defaultExportOptions.page.marginMm),
      fontSizePt: number('--font-size', values['font-size'], defaultExportOptions.page.fontSizePt)
    }
  }
  const options = exportOptionsSchema.safeParse(candidate)
  if (!options.success) throw new UsageError(`Invalid option: ${options.error.issues[0]?.path.join('.')}: ${options.error.issues[0]?.message}`)
  return { project, options: options.data, output }
}
