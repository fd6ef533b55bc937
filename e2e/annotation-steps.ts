import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect } from './support/fixtures'

/** Steps the annotation specs share: an invented law text, selecting in it as a reader does, importing it. */

/** An invented constitution-shaped text: 24 articles; Article 5 on secularism and Article 19 on marriage. */
export function lawText(article5 = 'The Republic is a secular state. Religious associations are separate from the state.'): string {
  const lines = ['Constitution of Examplestan', '', 'Preamble', 'We, the people, adopt this Constitution.', '', 'Part I. The state', '']
  for (let number = 1; number <= 24; number++) {
    lines.push(`Article ${number}`)
    if (number === 5) lines.push(`1. ${article5}`, '2. No religion may be established as the state religion.')
    else if (number === 19) lines.push('1. Marriage is a union of a man and a woman based on free and full consent.', '2. The family enjoys the protection of the state.')
    else lines.push(`1. Clause one of Article ${number} concerns public order.`)
    lines.push('')
  }
  return lines.join('\n')
}

/** Selects `quote` inside the unit `eId` by dragging the mouse across it, as a reader would. */
export async function dragSelect(page: Page, eId: string, quote: string) {
  await dragSelectWithin(page, `.legal-text [data-eid="${eId}"]`, quote)
}

/** Selects `quote` inside the first element matching `selector` by dragging the mouse across it. */
export async function dragSelectWithin(page: Page, selector: string, quote: string) {
  const box = await page.evaluate(
    ([unit, wanted]) => {
      const root = document.querySelector(unit!)!
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(wanted!)
        if (at < 0) continue
        const range = document.createRange()
        range.setStart(node, at)
        range.setEnd(node, at + wanted!.length)
        range.startContainer.parentElement!.scrollIntoView({ block: 'center' })
        const first = range.getClientRects()[0]!
        const rects = range.getClientRects()
        const last = rects[rects.length - 1]!
        return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 }
      }
      throw new Error(`"${wanted}" not found in ${unit}`)
    },
    [selector, quote]
  )
  await page.mouse.move(box.x1, box.y1)
  await page.mouse.down()
  await page.mouse.move((box.x1 + box.x2) / 2, box.y2, { steps: 4 })
  await page.mouse.move(box.x2, box.y2, { steps: 4 })
  await page.mouse.up()
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe(quote)
}

/** Imports a law text file through Import (Ctrl+I) and the import report. */
export async function importLaw(page: Page, host: { importAnswers: (string | null)[] }, file: string) {
  host.importAnswers.push(file)
  await page.keyboard.press('Control+i')
  await page.getByRole('dialog', { name: 'Import report' }).getByRole('button', { name: 'Create document' }).click()
  await expect(page.locator('.outline .outline-article')).toHaveCount(24)
}

/** A new, unsaved project with the invented law text (written to `examplestan.txt` in the test's folder). */
export async function newLawProject(page: Page, host: { importAnswers: (string | null)[] }, folder: string) {
  const textFile = join(folder, 'examplestan.txt')
  await writeFile(textFile, lawText())
  await page.getByRole('button', { name: 'New Project' }).click()
  await importLaw(page, host, textFile)
}

/** A new project with the invented law text, saved as `commentary.glossa` in the test's folder; returns its path. */
export async function savedLaw(page: Page, host: { importAnswers: (string | null)[]; saveAnswers: (string | null)[] }, folder: string): Promise<string> {
  await newLawProject(page, host, folder)
  const projectFile = join(folder, 'commentary.glossa')
  host.saveAnswers.push(projectFile)
  await page.keyboard.press('Control+Shift+S')
  await expect(page.getByTestId('save-state')).toHaveText('Saved')
  return projectFile
}
