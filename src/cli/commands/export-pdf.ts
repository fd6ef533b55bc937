import { writeFile } from 'node:fs/promises'
import { articleEIdsByNum, parseArticleList } from '../../shared/export/article-list'
import { defaultExportOptions, exportOptionsSchema, notePlacements, pageSizes, type ExportOptions } from '../../shared/export/options'
import { translate } from '../../shared/i18n/translate'
import { chromiumPrinter } from '../../main/export/chromium-printer'
import { exportPdf } from '../../main/export/export-pdf'
import { CliFailure, oneOf, parseCommandLine, positionalArguments, UsageError, type CliCommand } from '../command'
import { readProjectArgument } from '../project-argument'

const listOf = (value: string | undefined) => (value === undefined ? null : value.split(',').map((item) => item.trim()).filter(Boolean))

/** Headless export for publishing pipelines: the very same print view as the app, printed by the system Chromium. */
export const exportPdfCommand: CliCommand = {
  name: 'export-pdf',
  summary: 'print a project as an annotated PDF (system Chromium: CHROMIUM_PATH or /usr/bin/chromium)',
  usage: `Usage: npm run glossa -- export-pdf PROJECT.glossa OUT.pdf [options]
  --articles 1,2,5-9        only these articles (by number)
  --parts part_1,part_3     only these parts (eIds)
  --tags ID,ID              only annotations with one of these tag ids
  --authors ID,ID           only annotations by these author ids
  --placement ${notePlacements.join('|')}
  --page ${pageSizes.join('|')}   --margin MM   --font-size PT
  --version TEXT            version shown on the title page
  --no-tags                 leave out tag labels`,
  async run(args, io) {
    const { values, positionals } = parseCommandLine(args, {
      articles: { type: 'string' },
      parts: { type: 'string' },
      tags: { type: 'string' },
      authors: { type: 'string' },
      placement: { type: 'string' },
      page: { type: 'string' },
      margin: { type: 'string' },
      'font-size': { type: 'string' },
      version: { type: 'string' },
      'no-tags': { type: 'boolean' }
    })
    const [input, output] = positionalArguments(positionals, ['PROJECT.glossa', 'OUT.pdf'])
    const project = await readProjectArgument(input)
    const document = project.document
    if (!document) throw new CliFailure(translate('errorExportNoDocument'))
    let articles: string[] = []
    if (values.articles) {
      const parsed = parseArticleList(values.articles)
      const byNum = articleEIdsByNum(document.content)
      const missing = 'invalid' in parsed ? parsed.invalid : parsed.nums.find((num) => !byNum.has(num))
      if (missing !== undefined || !('nums' in parsed)) throw new UsageError(translate('errorExportArticlesUnknown', { num: missing ?? values.articles }))
      articles = parsed.nums.map((num) => byNum.get(num)!)
    }
    const candidate: ExportOptions = {
      ...defaultExportOptions,
      scope: values.articles ? { kind: 'articles', eIds: articles } : values.parts ? { kind: 'parts', eIds: listOf(values.parts) ?? [] } : { kind: 'all' },
      tagIds: listOf(values.tags),
      authorIds: listOf(values.authors),
      placement: oneOf('placement', values.placement, notePlacements, defaultExportOptions.placement),
      showTags: !values['no-tags'],
      versionLabel: values.version ?? '',
      page: {
        size: oneOf('page size', values.page, pageSizes, defaultExportOptions.page.size),
        marginMm: values.margin ? Number(values.margin) : defaultExportOptions.page.marginMm,
        fontSizePt: values['font-size'] ? Number(values['font-size']) : defaultExportOptions.page.fontSizePt
      }
    }
    const options = exportOptionsSchema.safeParse(candidate)
    if (!options.success) throw new UsageError(`Invalid option: ${options.error.issues[0]?.path.join('.')}: ${options.error.issues[0]?.message}`)
    const pdf = await exportPdf({ project, options: options.data, now: new Date(), signal: new AbortController().signal }, chromiumPrinter)
    await writeFile(output, pdf)
    io.out(`${output}: ${pdf.length} bytes`)
    return 0
  }
}
