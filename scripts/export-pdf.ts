import { readFile, writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { articleEIdsByNum, parseArticleList } from '../src/shared/export/article-list'
import { defaultExportOptions, exportOptionsSchema, notePlacements, pageSizes, type ExportOptions } from '../src/shared/export/options'
import { parseProjectFile } from '../src/shared/project/parse'
import { translate } from '../src/shared/i18n/translate'
import { chromiumPrinter } from '../src/main/export/chromium-printer'
import { exportPdf } from '../src/main/export/export-pdf'

/**
 * Headless export for publishing pipelines: `npm run export-pdf -- project.glossa out.pdf [options]`.
 * Prints the very same print view as the app, in the system Chromium (CHROMIUM_PATH or /usr/bin/chromium).
 */

const usage = `Usage: npm run export-pdf -- project.glossa out.pdf [options]
  --articles 1,2,5-9        only these articles (by number)
  --parts part_1,part_3     only these parts (eIds)
  --tags ID,ID              only annotations with one of these tag ids
  --authors ID,ID           only annotations by these author ids
  --placement ${notePlacements.join('|')}
  --page ${pageSizes.join('|')}   --margin MM   --font-size PT
  --version TEXT            version shown on the title page
  --no-tags                 leave out tag labels`

const listOf = (value: string | undefined) => (value === undefined ? null : value.split(',').map((item) => item.trim()).filter(Boolean))

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      articles: { type: 'string' },
      parts: { type: 'string' },
      tags: { type: 'string' },
      authors: { type: 'string' },
      placement: { type: 'string' },
      page: { type: 'string' },
      margin: { type: 'string' },
      'font-size': { type: 'string' },
      version: { type: 'string' },
      'no-tags': { type: 'boolean' },
      help: { type: 'boolean' }
    }
  })
  const [input, output] = positionals
  if (values.help || !input || !output) {
    console.log(usage)
    return values.help ? 0 : 2
  }
  const project = parseProjectFile(await readFile(input, 'utf8'))
  if (!project.ok) {
    console.error(translate(project.error.code, project.error.params))
    return 1
  }
  const document = project.value.document
  if (!document) {
    console.error(translate('errorExportNoDocument'))
    return 1
  }
  let articles: string[] = []
  if (values.articles) {
    const parsed = parseArticleList(values.articles)
    const byNum = articleEIdsByNum(document.content)
    const missing = 'invalid' in parsed ? parsed.invalid : parsed.nums.find((num) => !byNum.has(num))
    if (missing !== undefined || !('nums' in parsed)) {
      console.error(translate('errorExportArticlesUnknown', { num: missing ?? values.articles }))
      return 2
    }
    articles = parsed.nums.map((num) => byNum.get(num)!)
  }
  const candidate: ExportOptions = {
    ...defaultExportOptions,
    scope: values.articles ? { kind: 'articles', eIds: articles } : values.parts ? { kind: 'parts', eIds: listOf(values.parts) ?? [] } : { kind: 'all' },
    tagIds: listOf(values.tags),
    authorIds: listOf(values.authors),
    placement: (values.placement ?? defaultExportOptions.placement) as ExportOptions['placement'],
    showTags: !values['no-tags'],
    versionLabel: values.version ?? '',
    page: {
      size: (values.page ?? defaultExportOptions.page.size) as ExportOptions['page']['size'],
      marginMm: values.margin ? Number(values.margin) : defaultExportOptions.page.marginMm,
      fontSizePt: values['font-size'] ? Number(values['font-size']) : defaultExportOptions.page.fontSizePt
    }
  }
  const options = exportOptionsSchema.safeParse(candidate)
  if (!options.success) {
    console.error(`Invalid option: ${options.error.issues[0]?.path.join('.')}: ${options.error.issues[0]?.message}\n${usage}`)
    return 2
  }
  const pdf = await exportPdf({ project: project.value, options: options.data, now: new Date(), signal: new AbortController().signal }, chromiumPrinter)
  await writeFile(output, pdf)
  console.log(`${output}: ${pdf.length} bytes`)
  return 0
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message)
    process.exit(1)
  }
)
