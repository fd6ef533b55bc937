import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { DocJSON } from '../../shared/document/types'
import { defaultExportOptions } from '../../shared/export/options'
import { sampleProject, type SampleLanguage } from '../../shared/export/sample-project'
import { chromiumPrinter } from './chromium-printer'
import { exportPdf } from './export-pdf'

/**
 * Hyphenation as a reader sees it in the PDF: a narrow justified column (40 mm margins, 16 pt type) of
 * long words, printed by Chromium, breaks words at line ends with a hyphen, in Kazakh, Russian and English.
 */

const longText: Record<SampleLanguage, string> = {
  en: 'The constitutional responsibilities of governmental institutions notwithstanding, parliamentary representatives guarantee the administrative independence of international organisations and the accountability of ministerial departments.',
  ru: 'Конституционные обязанности государственных учреждений распространяются на парламентских представителей, обеспечивающих административную независимость международных организаций и ответственность министерских департаментов.',
  kk: 'Мемлекеттік мекемелердің конституциялық міндеттемелері халықаралық ұйымдардың әкімшілік тәуелсіздігін қамтамасыз ететін парламенттік өкілдерге және министрліктердің жауапкершілігіне қатысты.'
}

/** Every clause of the document says `text`. */
function withClauses(node: DocJSON, text: string): DocJSON {
  if (node.type === 'paragraph') return { ...node, content: [{ type: 'text', text }] }
  if (node.type === 'heading' || node.type === 'title') return node
  return { ...node, content: node.content?.map((child) => withClauses(child, text)) }
}

async function pdfText(language: SampleLanguage): Promise<string> {
  const project = sampleProject({ parts: 1, articles: 2, annotations: 0, language })
  const document = project.document!
  document.content = withClauses(document.content as DocJSON, longText[language]) as typeof document.content
  const options = { ...defaultExportOptions, page: { size: 'A4' as const, marginMm: 40, fontSizePt: 16 } }
  const pdf = await exportPdf({ project, options, now: new Date('2026-03-02T12:00:00Z'), signal: new AbortController().signal }, chromiumPrinter)
  const file = join(mkdtempSync(join(tmpdir(), 'glossa-hyphenation-')), `${language}.pdf`)
  writeFileSync(file, pdf)
  // -layout: the lines as printed (pdftotext otherwise joins a word broken at a line end). Chromium writes
  // the soft hyphens into the text, invisible; a line broken at one ends in the hyphen drawn there.
  const page = execFileSync('pdftotext', ['-layout', '-f', '3', '-l', '3', file, '-'], { encoding: 'utf8' }).replace(/\u00ad/g, '')
  // The page's text without its running head and "page n of N".
  return page.split('\n').map((line) => line.trim()).filter(Boolean).slice(1, -1).join('\n')
}

describe('hyphenation in the printed PDF', () => {
  for (const language of ['kk', 'ru', 'en'] as const) {
    it(`breaks ${language} words at line ends with a hyphen, where the language allows`, async () => {
      const lines = (await pdfText(language)).split('\n').map((line) => line.trim())
      const words = new Set(longText[language].split(/[\s,.]+/))
      const broken = lines.flatMap((line, index) => {
        const part = /(\p{L}+)-$/u.exec(line)?.[1]
        const rest = /^(\p{L}+)/u.exec(lines[index + 1] ?? '')?.[1]
        return part && rest ? [`${part}${rest}`] : []
      })
      expect(broken.length, lines.join('\n')).toBeGreaterThan(0)
      // Each broken word is a word of the text, split between two of its letters.
      for (const word of broken) expect(words, word).toContain(word)
      // No hyphen is drawn but at a line end.
      expect(lines.filter((line) => /\p{L}-\p{L}/u.test(line))).toEqual([])
    }, 60_000)
  }
})
