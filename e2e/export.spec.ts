import { execFileSync } from 'node:child_process'
import { pdfText } from '../src/main/testing/pdf-text'
import { existsSync, readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { printViewFor } from '../src/main/export/export-pdf'
import { publicationModel } from '../src/main/export/publication'
import type { Annotation } from '../src/shared/annotations/types'
import { defaultExportOptions } from '../src/shared/export/options'
import { printReadyAttribute } from '../src/shared/export/print/print-view'
import { sampleProject } from '../src/shared/export/sample-project'
import { serialiseProject } from '../src/shared/project/parse'
import type { ProjectFile } from '../src/shared/project/schema'
import { expect, test } from './support/fixtures'
import type { TestHost } from './support/test-host'
import type { Page } from '@playwright/test'

/**
 * Export for publication, end to end: the export dialog in the built renderer, the real export handlers,
 * the real print view printed by Chromium, and the PDF read back with poppler (pdftotext, pdfinfo, pdffonts).
 */

const articles = 12

/**
 * A project whose every article carries one note quoting a stretch found nowhere else ("Clause 1 of
 * Article 7 concerns"), with a remark that names no article, so a page that shows a remark must also show
 * its anchor if the note sits on its anchor's page.
 */
function publicationProject(): ProjectFile {
  const project = sampleProject({ parts: 3, articles, annotations: articles })
  project.annotations = project.annotations.map((annotation: Annotation, index) => {
    const exact = `Clause 1 of Article ${index + 1} concerns`
    return {
      ...annotation,
      target: { ...annotation.target, eId: `art_${index + 1}`, quote: { ...annotation.target.quote, exact }, position: { type: 'TextPositionSelector', start: 0, end: exact.length } },
      body: { doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Remark R${index + 1}.` }] }] } }
    }
  })
  return project
}

// Chromium writes the print view's soft hyphens into the PDF's text, invisible; poppler prints them, so they
// go here (Glossa's own PDF import reads the words back whole: src/main/import/own-exports.test.ts).
const pdftotext = (file: string, ...args: string[]) => pdfText(file, ...args)
const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1])
const pagesOf = (file: string) => Array.from({ length: pageCount(file) }, (_, index) => pdftotext(file, '-f', String(index + 1), '-l', String(index + 1)))
const pageWith = (pages: string[], pattern: RegExp) => pages.findIndex((page) => pattern.test(page)) + 1

async function openProject(glossa: Page, host: TestHost, folder: string, project: ProjectFile) {
  const file = join(folder, 'commentary.glossa')
  await writeFile(file, serialiseProject(project))
  host.openAnswers.push(file)
  await glossa.getByRole('button', { name: 'Open Project…' }).first().click()
  // The welcome project has an Article 1 too: wait for this project's title before relying on its text.
  await expect(glossa.getByTestId('project-title')).toHaveText(project.meta.title)
  await expect(glossa.locator('article[data-eid="art_1"]')).toBeVisible()
}

test('exports a publication PDF: footnotes on their anchor page, right contents, bibliography, fonts, properties', async ({ glossa, host, folder }) => {
  await openProject(glossa, host, folder, publicationProject())
  host.forwardEvent = (event, payload) => void glossa.evaluate(([name, data]) => window.__glossaEmit(name, data), [event, payload] as const)
  const pdf = join(folder, 'commentary.pdf')
  host.exportAnswers.push(pdf)

  await glossa.keyboard.press('Control+Shift+E')
  const dialog = glossa.getByRole('dialog', { name: 'Export for publication' })
  await dialog.getByLabel('Version on the title page').fill('Draft of 1 March 2026')
  await dialog.getByRole('button', { name: 'Export PDF…' }).click()
  await expect(dialog.getByTestId('export-outcome')).toHaveText(`Exported to ${basename(pdf)}`, { timeout: 60_000 })
  expect(host.events).toEqual(['preparing', 'layout', 'writing'].map((stage) => ({ event: 'export:progress', payload: { stage } })))
  await glossa.screenshot({ path: '/tmp/export-dialog.png' })

  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
  expect(info).toMatch(/Title:\s+Commentary on the Draft Constitution/)
  expect(info).toMatch(/Author:\s+Aigerim Sadykova, Boris Petrov/)
  expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/)
  expect(info).toMatch(/Tagged:\s+yes/)
  const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean)
  expect(fonts.length).toBeGreaterThan(0)
  for (const font of fonts) expect(font).toMatch(/^\w{6}\+PTSerif-\S+\s.*\byes\s+yes\s+yes\b/)

  // Bookmarks: one per part and per article.
  const raw = readFileSync(pdf, 'latin1')
  expect(raw).toMatch(/\/Type \/Outlines/)
  const bookmarks = [...raw.matchAll(/\/Title \(((?:Part|Article) [^)]*)\)/g)].map((match) => match[1]).sort()
  expect(bookmarks).toEqual(
    [...['I', 'II', 'III'].map((part, index) => `Part ${part}. Provisions on topic ${index + 1}`), ...Array.from({ length: articles }, (_, index) => `Article ${index + 1}`)].sort()
  )

  const pages = pagesOf(pdf)
  expect(pages[0]).toContain('Version: Draft of 1 March 2026')
  // Each remark sits at the foot of the page that shows its anchor.
  // (The contents, page 2, lists untitled articles by their first words: the text starts on page 3.)
  const textPage = (pattern: RegExp) => pageWith(pages.slice(2), pattern) + 2
  for (let article = 1; article <= articles; article++) {
    const notePage = textPage(new RegExp(`\\bRemark R${article}\\.`))
    expect(notePage, `note ${article}`).toBeGreaterThan(2)
    expect(notePage, `note ${article}`).toBe(textPage(new RegExp(`Clause 1 of Article ${article} concerns`)))
  }
  // Citations as the text reads: the book in full in note 1, short in note 4 (OSCOLA's "(n 1)").
  const text = pages.join('\n')
  expect(text).toContain('Dana Omarova, Constitutional Design in Central Asia (Steppe Press 2021) 10.')
  expect(text).toContain('Omarova (n 1) 13.')
  // The style's italics come out in the italic face.
  expect(fonts.some((font) => /PTSerif-Italic/.test(font))).toBe(true)
  // The contents gives, for each article, the page its heading is on.
  const contents = pdftotext(pdf, '-layout', '-f', '2', '-l', '2')
  const entries = [...contents.matchAll(/^\s*Article (\d+)\. Clause 1 of Article \1 concerns the rights…\s+(\d+)\s*$/gm)].map((match) => [Number(match[1]), Number(match[2])] as const)
  expect(entries.map(([article]) => article)).toEqual(Array.from({ length: articles }, (_, index) => index + 1))
  for (const [article, page] of entries) expect(pages[page - 1], `contents entry for Article ${article}`).toMatch(new RegExp(`^Article ${article}$`, 'm'))
  // Running head and page numbers.
  expect(pages[2]).toContain('Part I. Provisions on topic 1')
  expect(pages[2]).toContain(`page 3 of ${pages.length}`)
  // The bibliography lists each cited source once, and no source that no exported note cites.
  const bibliography = pages.slice(pageWith(pages, /^Bibliography$/m) - 1).join('\n')
  for (const title of ['Constitutional Design in Central Asia', 'Secular States and Their Courts']) expect(bibliography.split(title).length - 1, title).toBe(1)
  expect(bibliography).not.toContain('Opinion on the Draft Constitution')
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '4', pdf, '/tmp/export-page'])
})

test('exports Word with real footnotes, and chosen articles with endnotes to PDF', async ({ glossa, host, folder }) => {
  await openProject(glossa, host, folder, publicationProject())
  const docx = join(folder, 'commentary.docx')
  host.exportAnswers.push(docx)
  await glossa.keyboard.press('Control+Shift+E')
  const dialog = glossa.getByRole('dialog', { name: 'Export for publication' })
  await dialog.getByRole('button', { name: 'Export Word…' }).click()
  await expect(dialog.getByTestId('export-outcome')).toHaveText(`Exported to ${basename(docx)}`)
  const footnotes = execFileSync('unzip', ['-p', docx, 'word/footnotes.xml'], { encoding: 'utf8' })
  const body = execFileSync('unzip', ['-p', docx, 'word/document.xml'], { encoding: 'utf8' })
  for (let article = 1; article <= articles; article++) {
    expect(footnotes).toMatch(new RegExp(`<w:footnote w:id="${article}">.*?Remark R${article}\\..*?</w:footnote>`))
    expect(body).toContain(`<w:footnoteReference w:id="${article}"/>`)
  }
  // LibreOffice lays the footnotes out at the foot of their anchor's page (when it is installed).
  // CI installs LibreOffice, so there the check always runs; elsewhere it runs where LibreOffice is installed.
  if (existsSync('/usr/bin/soffice') || process.env['CI']) {
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', folder, docx], { stdio: 'ignore', timeout: 120_000 })
    const pages = pagesOf(join(folder, 'commentary.pdf'))
    for (let article = 1; article <= articles; article++) {
      expect(pageWith(pages, new RegExp(`\\bRemark R${article}\\.`)), `Word note ${article}`).toBe(pageWith(pages, new RegExp(`Clause 1 of Article ${article} concerns`)))
    }
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '3', '-l', '3', join(folder, 'commentary.pdf'), '/tmp/export-docx'])
  }

  const pdf = join(folder, 'articles.pdf')
  host.exportAnswers.push(pdf)
  await dialog.getByLabel('Chosen articles').check()
  await dialog.getByLabel('Article numbers, e.g. 1–5, 12').fill('2-3, 9')
  await dialog.getByLabel('Endnotes after each article').check()
  await dialog.getByLabel('Page size').selectOption('Letter')
  await dialog.getByRole('button', { name: 'Export PDF…' }).click()
  await expect(dialog.getByTestId('export-outcome')).toHaveText(`Exported to ${basename(pdf)}`, { timeout: 60_000 })
  // From page 3 on: the legal text, after the title page and the contents.
  const text = pdftotext(pdf, '-f', '3')
  expect([...text.matchAll(/^Article (\d+)$/gm)].map((match) => match[1])).toEqual(['2', '3', '9'])
  expect([...text.matchAll(/Remark R(\d+)\./g)].map((match) => match[1])).toEqual(['2', '3', '9'])
  expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792 pts \(letter\)/)

  await dialog.getByLabel('Article numbers, e.g. 1–5, 12').fill('77')
  await dialog.getByRole('button', { name: 'Export PDF…' }).click()
  await expect(dialog.getByRole('alert')).toHaveText('There is no Article 77 in this document.')
})

test('a running export can be cancelled and writes nothing', async ({ glossa, host, folder }) => {
  await openProject(glossa, host, folder, sampleProject({ parts: 11, articles: 95, annotations: 200 }))
  host.forwardEvent = (event, payload) => void glossa.evaluate(([name, data]) => window.__glossaEmit(name, data), [event, payload] as const)
  const pdf = join(folder, 'cancelled.pdf')
  host.exportAnswers.push(pdf)
  await glossa.keyboard.press('Control+Shift+E')
  const dialog = glossa.getByRole('dialog', { name: 'Export for publication' })
  await dialog.getByRole('button', { name: 'Export PDF…' }).click()
  await expect(dialog.getByTestId('export-progress')).toBeVisible()
  await dialog.getByRole('button', { name: 'Cancel export' }).click()
  await expect(dialog.getByRole('button', { name: 'Export PDF…' })).toBeVisible({ timeout: 30_000 })
  await expect(dialog.getByTestId('export-outcome')).toHaveText('The export was cancelled.')
  expect(existsSync(pdf)).toBe(false)
})

test('the headless command exports Kazakh and Russian text with every letter intact', async ({ folder }) => {
  for (const language of ['kk', 'ru'] as const) {
    const project = join(folder, `${language}.glossa`)
    const pdf = join(folder, `${language}.pdf`)
    await writeFile(project, serialiseProject(sampleProject({ parts: 2, articles: 4, annotations: 2, language })))
    execFileSync('npx', ['tsx', 'scripts/export-pdf.ts', project, pdf, '--page', 'A4'], { encoding: 'utf8' })
    const text = pdftotext(pdf).replace(/\s+/g, ' ')
    const sentence = language === 'kk' ? 'әділ қоғам, ғылым, теңдік, өмір, ұлт, үкімет, һәм іс.' : 'съешь же ещё этих мягких французских булок, да выпей чаю.'
    expect(text).toContain(language === 'kk' ? `3-баптың 1-тармағы: ${sentence}` : `Пункт 1 статьи 3: ${sentence}`)
    for (const letter of language === 'kk' ? 'әғқңөұүһі' : 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя') expect(text, letter).toContain(letter)
    expect(execFileSync('pdffonts', [pdf], { encoding: 'utf8' })).not.toMatch(/DejaVu|Liberation|Noto Sans/)
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '3', '-l', '3', pdf, `/tmp/export-${language}`])
  }
})

test('the print view lays out every page in a window that draws no frames, as a hidden app window may', async ({ page }) => {
  // Chromium stops animation frames in hidden windows (the app prints from one): none ever come here.
  await page.evaluate(() => {
    window.requestAnimationFrame = () => 0
  })
  const model = await publicationModel(sampleProject({ parts: 3, articles: 12, annotations: 24 }), defaultExportOptions, new Date('2026-03-02T12:00:00Z'))
  await page.setContent(printViewFor(model), { waitUntil: 'load' })
  const pages = await page.waitForSelector(`html[${printReadyAttribute}]`, { state: 'attached', timeout: 20_000 }).then(() => page.locator('html').getAttribute(printReadyAttribute))
  expect(Number(pages)).toBeGreaterThan(4)
  // Every contents entry got its page number, and every footnote its number on the call and in the note.
  await expect(page.locator('.sheet .toc a:not([data-page])')).toHaveCount(0)
  // Every footnote sits at the foot of the page that shows its call, in the order of the calls.
  await expect(page.locator('.sheet-notes .footnote')).toHaveCount(24)
  const calls = await page.locator('a.fn-call').allTextContents()
  expect(calls).toEqual(Array.from({ length: 24 }, (_, index) => String(index + 1)))
  const misplaced = await page.locator('.sheet').evaluateAll((sheets) =>
    sheets.flatMap((sheet) => {
      const called = [...sheet.querySelectorAll('.sheet-text a.fn-call')].map((call) => call.getAttribute('data-note'))
      const printed = [...sheet.querySelectorAll('.sheet-notes .footnote')].map((note) => note.getAttribute('data-note'))
      return called.join() === printed.join() ? [] : [`page ${sheet.getAttribute('data-page-number')}: calls ${called.join()} notes ${printed.join()}`]
    })
  )
  expect(misplaced).toEqual([])
  // No page holds more than fits between its margins.
  const overfull = await page.locator('.sheet').evaluateAll((sheets) =>
    sheets.filter((sheet) => {
      const body = sheet.querySelector('.sheet-body') as HTMLElement
      const notes = sheet.querySelector('.sheet-notes') as HTMLElement
      return (sheet.querySelector('.sheet-text') as HTMLElement).offsetHeight + notes.offsetHeight > body.clientHeight + 1
    }).length
  )
  expect(overfull).toBe(0)
})

/** A project in `language` whose notes cite a Kazakh book: twice in a row at one page, later at another. */
function citingProject(language: 'kk' | 'ru' | 'en'): ProjectFile {
  const project = sampleProject({ parts: 2, articles: 6, annotations: 6, language })
  project.sources = [
    ...project.sources,
    { id: 'src-kk', type: 'book', title: 'Конституциялық құқық', author: [{ family: 'Сапаров', given: 'Әлихан Бекұлы' }], publisher: 'Атамұра', 'publisher-place': 'Алматы', issued: { 'date-parts': [[2019]] } }
  ] as ProjectFile['sources']
  const pages = ['45', '45', '', '50', '', '']
  project.annotations = project.annotations.map((annotation: Annotation, index) => ({
    ...annotation,
    citations: pages[index] ? [{ sourceId: 'src-kk', locator: { label: 'page', value: pages[index] } }] : [],
    // Note 6 is a highlight with nothing to say: it must not become an empty footnote.
    body: index === 5 ? { doc: { type: 'doc' } } : annotation.body
  })) as ProjectFile['annotations']
  return project
}

test('the headless command prints a publication in Kazakh or Russian: labels, GOST citations in sequence, initials, italics, no empty footnote', async ({ folder }) => {
  const cases = [
    { language: 'kk', labels: ['Мазмұны', 'Библиография'], ibid: 'Сонда.', page: 'Б. 45.' },
    { language: 'ru', labels: ['Содержание', 'Библиография'], ibid: 'Там же.', page: 'С. 45.' }
  ] as const
  for (const { language, labels, ibid, page } of cases) {
    const project = join(folder, `${language}-gost.glossa`)
    const pdf = join(folder, `${language}-gost.pdf`)
    await writeFile(project, serialiseProject(citingProject(language)))
    execFileSync('npm', ['run', '-s', 'glossa', '--', 'export-pdf', project, pdf, '--style', 'gost'], { encoding: 'utf8' })
    const text = pdftotext(pdf).replace(/\s+/g, ' ')
    for (const label of labels) expect(text, label).toContain(label)
    // First reference in full, the repeat as the language's ibid, a later one as the short form.
    expect(text).toContain(`Сапаров Ә. Б. Конституциялық құқық. Алматы: Атамұра, 2019. ${page}`)
    expect(text).toContain(ibid)
    // The highlight without commentary got no footnote: five notes, numbered 1 to 5.
    expect(text).toMatch(/\b5\. \[/)
    expect(text).not.toMatch(/\b6\. \[/)
    expect(execFileSync('pdffonts', [pdf], { encoding: 'utf8' })).toMatch(/PTSerif-Italic/)
  }
  // The language of the labels can be chosen: the Kazakh text with Russian labels.
  const pdf = join(folder, 'kk-as-ru.pdf')
  execFileSync('npm', ['run', '-s', 'glossa', '--', 'export-pdf', join(folder, 'kk-gost.glossa'), pdf, '--lang', 'ru', '--style', 'gost'], { encoding: 'utf8' })
  expect(pdftotext(pdf)).toContain('Содержание')
  expect(pdftotext(pdf)).toContain('Там же.')
})

test('the headless command refuses an unknown tag, naming it and the valid ones', async ({ folder }) => {
  const project = join(folder, 'tags.glossa')
  await writeFile(project, serialiseProject(sampleProject({ parts: 1, articles: 2, annotations: 2 })))
  let failure: { status?: number; stderr?: string } = {}
  try {
    execFileSync('npm', ['run', '-s', 'glossa', '--', 'export-pdf', project, join(folder, 'x.pdf'), '--tags', 'tag-nope'], { encoding: 'utf8', stdio: 'pipe' })
  } catch (error) {
    failure = error as typeof failure
  }
  expect(failure.status).toBe(2)
  expect(failure.stderr).toContain('tag-nope')
  expect(failure.stderr).toContain('tag-rights, tag-equality, tag-institutions')
  expect(existsSync(join(folder, 'x.pdf'))).toBe(false)
})
