import { chromium } from 'playwright-core'
import { exportAkomaNtoso } from '../../src/shared/akn/export'
import { legalSchema } from '../../src/shared/document/schema'
import { generateLegalDocx } from '../../src/shared/fixtures/generate-docx'
import { generateLegalHtml, generateLegalText, type GeneratedTextOptions } from '../../src/shared/fixtures/generate-text'
import { printLegalPdf } from '../../src/shared/fixtures/print-pdf'
import { importFile, type ImportedDocument } from '../../src/shared/import/import-file'
import { importPlainText } from '../../src/shared/import/plain-text'
import { buildSearchIndex, search } from '../../src/shared/search/search'
import { nodeFormatReaders } from '../../src/main/import/readers'

/**
 * Import speed for a 1,000-article text of about 1.5 MB in every format, and search speed per keystroke,
 * each printed as a ratio to JSON.parse of the resulting document measured in the same run (so the figures
 * compare across machines). Targets: structure recognition of the .txt under 1 s; search under 50 ms a keystroke.
 * Run: npx tsx bench/import/run.ts [--no-pdf]
 */

const shape: GeneratedTextOptions = { language: 'ru', parts: 11, articles: 1000, maxClauses: 6, clauseSentences: 5 }

/** Median of `runs` timings of `task`, in milliseconds. */
async function time(task: () => unknown, runs: number): Promise<number> {
  const samples: number[] = []
  for (let run = 0; run < runs; run++) {
    const start = performance.now()
    await task()
    samples.push(performance.now() - start)
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)]!
}

async function main() {
  const text = generateLegalText(shape)
  const encoder = new TextEncoder()
  const files: Record<string, Uint8Array> = {
    'constitution.txt': encoder.encode(text),
    'constitution.md': encoder.encode(text.replace(/^(Статья \d+|Раздел [IVX]+.*)$/gmu, '## $1')),
    'constitution.html': encoder.encode(generateLegalHtml(shape)),
    'constitution.docx': await generateLegalDocx(shape)
  }
  if (!process.argv.includes('--no-pdf')) {
    const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
    files['constitution.pdf'] = await printLegalPdf(await browser.newPage(), shape)
    await browser.close()
  }

  const reference = importPlainText(text)
  if (!reference.ok) throw new Error(reference.error.code)
  files['constitution.xml'] = encoder.encode(exportAkomaNtoso(reference.doc, { language: 'ru' }))
  const json = JSON.stringify(reference.doc)
  const baseline = await time(() => JSON.parse(json), 15)
  console.log(`Text: ${(files['constitution.txt']!.byteLength / 1024 / 1024).toFixed(2)} MB, ${reference.report.counts.articles} articles, ${reference.report.counts.clauses} clauses`)
  console.log(`Baseline: JSON.parse of the ${(json.length / 1024 / 1024).toFixed(2)} MB document JSON: ${baseline.toFixed(1)} ms\n`)

  const recognition = await time(() => importPlainText(text), 5)
  console.log(`structure recognition of the .txt    ${recognition.toFixed(0).padStart(6)} ms  ${(recognition / baseline).toFixed(1).padStart(6)} × baseline  (target < 1000 ms: ${recognition < 1000 ? 'met' : 'MISSED'})`)
  for (const [name, bytes] of Object.entries(files)) {
    let outcome: Awaited<ReturnType<typeof importFile>> | undefined
    const ms = await time(async () => (outcome = await importFile(bytes, name, nodeFormatReaders)), name.endsWith('.pdf') ? 2 : 5)
    const counts = outcome?.ok ? (outcome.value as ImportedDocument).report.counts : undefined
    const size = `${(bytes.byteLength / 1024 / 1024).toFixed(2)} MB`
    console.log(`import ${name.padEnd(20)} ${size.padStart(8)}  ${ms.toFixed(0).padStart(6)} ms  ${(ms / baseline).toFixed(1).padStart(6)} × baseline  (${counts ? `${counts.articles} articles` : 'FAILED'})`)
  }

  const doc = legalSchema.nodeFromJSON(reference.doc)
  const indexing = await time(() => buildSearchIndex(doc), 5)
  const index = buildSearchIndex(doc)
  const query = 'Конституция статьи 999'
  const perKeystroke: number[] = []
  for (let length = 1; length <= query.length; length++) perKeystroke.push(await time(() => search(index, query.slice(0, length)), 3))
  const worst = Math.max(...perKeystroke)
  console.log(`\nsearch index (once per document version) ${indexing.toFixed(1)} ms  ${(indexing / baseline).toFixed(1)} × baseline`)
  console.log(`search per keystroke, worst of ${query.length}   ${worst.toFixed(1)} ms  ${(worst / baseline).toFixed(2)} × baseline  (target < 50 ms: ${worst < 50 ? 'met' : 'MISSED'})`)
}

void main()
