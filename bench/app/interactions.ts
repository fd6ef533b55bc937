import type { Page } from '@playwright/test'
import type { App } from './harness'
import type { ArmOptions, Condition, Measurement } from './probe-types'
import { ui } from './selectors'

/**
 * The interactions the app benchmark times, each driven as a user would (keyboard shortcuts, the mouse on
 * the text) and measured by the page probe from the input event to the painted frames. Steps that only set
 * an interaction up (scrolling a word into view, selecting before adding) are not timed.
 */

/** A user-felt time, with what main spent on the IPC calls it made (and the renderer's side of them). */
export interface Timed extends Measurement {
  mainMs: number
  ipcMs: number
}

const settleQuickly = { quietMs: 100, timeoutMs: 30_000 }

async function measure(page: Page, options: ArmOptions, act: () => Promise<void>): Promise<Measurement> {
  await page.evaluate((armed) => window.__benchProbe.arm(armed), options)
  await act()
  return page.evaluate(() => window.__benchProbe.result())
}

/** Times `act` and adds up main's and the renderer's time on `channel` calls made meanwhile. */
async function measureWithMain(app: App, channel: string, options: ArmOptions, act: () => Promise<void>): Promise<Timed> {
  const before = app.calls.length
  await app.page.evaluate(() => (window.__benchIpc.length = 0))
  const measured = await measure(app.page, options, act)
  const mainMs = app.calls.slice(before).filter((call) => call.channel === channel).reduce((sum, call) => sum + call.ms, 0)
  const ipcMs = await app.page.evaluate((wanted) => window.__benchIpc.filter((call) => call.channel === wanted).reduce((sum, call) => sum + call.ms, 0), channel)
  return { ...measured, mainMs, ipcMs }
}

/** Opens `file` through Open (the dialog answers it) and waits until its text and highlights are shown. */
export async function openProject(app: App, file: string, articles: number, annotated: boolean): Promise<Timed> {
  app.host.openAnswers.push(file)
  const until: Condition[] = [{ kind: 'count', selector: ui.outlineArticle, atLeast: articles }]
  if (annotated) until.push({ kind: 'count', selector: ui.highlight, atLeast: 1 })
  return measureWithMain(app, 'project:open', { event: 'keydown', until, quietMs: 300, timeoutMs: 180_000 }, () => app.page.keyboard.press(ui.keys.open))
}

export async function closeProject(app: App): Promise<void> {
  await app.page.keyboard.press(ui.keys.close)
  await ui.emptyState(app.page).waitFor()
}

/** The centre of the `nth` long word of an article's text, scrolled into the middle of the view. */
async function wordInArticle(page: Page, article: number, nth: number): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ([selector, wanted]) => {
      const roots = [...document.querySelectorAll(selector as string)]
      if (roots.length === 0) throw new Error(`${selector} is not in the page`)
      const words: { range: Range; paragraph: Element }[] = []
      // Highlights split a paragraph into many text nodes: find words in its whole text, then map back.
      for (const root of roots) {
        const nodes: { node: Text; start: number }[] = []
        let text = ''
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          nodes.push({ node: node as Text, start: text.length })
          text += node.textContent
        }
        // No named helper functions in here: tsx would wrap them in a __name() the page does not have.
        for (const match of text.matchAll(/\p{L}{5,}/gu)) {
          const first = nodes.findLast((candidate) => candidate.start <= match.index)!
          const last = nodes.findLast((candidate) => candidate.start < match.index + match[0].length)!
          const range = document.createRange()
          range.setStart(first.node, match.index - first.start)
          range.setEnd(last.node, match.index + match[0].length - last.start)
          words.push({ range, paragraph: root })
        }
      }
      const word = words[(wanted as number) % words.length]
      if (!word) throw new Error(`${selector} has no words`)
      const { range, paragraph } = word
      paragraph.scrollIntoView({ block: 'center' })
      // A popover left by the previous interaction (the selection toolbar) may cover the word: move it clear.
      for (let attempt = 0; attempt < 6; attempt++) {
        const box = range.getBoundingClientRect()
        const point = { x: box.left + box.width / 2, y: box.top + box.height / 2 }
        if (paragraph.contains(document.elementFromPoint(point.x, point.y))) return point
        paragraph.closest('main')?.scrollBy(0, attempt % 2 === 0 ? 120 : -240)
      }
      throw new Error(`a word of ${selector} stays covered`)
    },
    [ui.articleParagraphs(`art_${article}`), nth] as const
  )
  // Let the scroll paint before the timed input.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))))
  return point
}

/** Where the next interaction happens: articles spread over the text, words varying. */
const spot = (round: number, articles: number) => ({ article: 1 + ((round * 37) % articles), word: round * 3 })

/** Selects a word by double-clicking it; timed from the second press, when the browser selects. */
export async function selectWord(app: App, round: number, articles: number): Promise<Measurement> {
  const { article, word } = spot(round, articles)
  const point = await wordInArticle(app.page, article, word)
  return measure(app.page, { event: 'mousedown', detail: 2, until: [{ kind: 'none' }], ...settleQuickly }, () => app.page.mouse.dblclick(point.x, point.y))
}

/** Selects a word and highlights it with the shortcut; timed from the key until the list counts it. */
export async function addHighlight(app: App, round: number, articles: number): Promise<Measurement> {
  await selectWord(app, round, articles)
  return measure(app.page, { event: 'keydown', until: [{ kind: 'textChanged', selector: ui.annotationCount }], ...settleQuickly }, () => app.page.keyboard.press(ui.keys.highlight))
}

/** The error banner's text, or null; read at once (the banner may go while a locator would wait). */
const errorShown = (app: App) => app.page.evaluate((selector) => document.querySelector(selector)?.textContent ?? null, ui.error)

async function expectSaved(app: App): Promise<void> {
  const refusal = await errorShown(app)
  if (refusal !== null) throw new Error(`the save was refused: ${refusal}`)
}

/**
 * Adds one highlight and lets autosave save it: main's handler time for that save, and the renderer's wait
 * for its reply. (Not Ctrl+S: on today's main a save slower than the autosave delay overlaps the autosave and
 * one of the two is refused, issue 11's lost-save bug; the bench measures cost, not that.) The first-paint
 * and done figures would only restate the autosave delay, so they are left out.
 */
export async function saveAfterOneChange(app: App, round: number, articles: number): Promise<Timed> {
  await selectWord(app, round, articles)
  const before = app.calls.length
  await app.page.evaluate(() => (window.__benchIpc.length = 0))
  await app.page.keyboard.press(ui.keys.highlight)
  const saves = () => app.calls.slice(before).filter((call) => call.channel === 'project:save')
  for (const giveUp = Date.now() + 120_000; saves().length === 0; ) {
    if (Date.now() > giveUp) throw new Error('autosave did not save within 2 minutes of a change')
    await app.page.waitForTimeout(50)
  }
  await untilSaved(app)
  const ipcMs = await app.page.evaluate(() => window.__benchIpc.filter((call) => call.channel === 'project:save').reduce((sum, call) => sum + call.ms, 0))
  return { paint: Number.NaN, settled: Number.NaN, mainMs: saves().reduce((sum, call) => sum + call.ms, 0), ipcMs }
}

/** Waits until pending changes are saved (by autosave), so no save lands in the next measurement. */
export async function untilSaved(app: App): Promise<void> {
  await app.page.waitForFunction(
    ([state, saved, error]) => document.querySelector(state!)?.textContent === saved || document.querySelector(error!) !== null,
    [ui.saveState, ui.savedText, ui.error],
    { timeout: 120_000 }
  )
  await expectSaved(app)
}

/** Comments on a word and types `text` into the commentary, one timed key at a time. */
export async function typeCommentary(app: App, round: number, articles: number, text: string): Promise<Measurement[]> {
  await selectWord(app, round, articles)
  await app.page.keyboard.press(ui.keys.comment)
  await ui.commentary(app.page).click()
  const samples: Measurement[] = []
  for (const character of text) {
    samples.push(await measure(app.page, { event: 'keydown', until: [{ kind: 'none' }], quietMs: 60, timeoutMs: 30_000 }, () => app.page.keyboard.type(character)))
  }
  await ui.closeEditor(app.page).click()
  return samples
}

/** Opens search and types each query one timed key at a time, each until the results have settled. */
export async function searchText(app: App, queries: string[]): Promise<Measurement[]> {
  await app.page.keyboard.press(ui.keys.search)
  const box = ui.searchBox(app.page)
  await box.waitFor()
  const samples: Measurement[] = []
  for (const query of queries) {
    for (let length = 1; length <= query.length; length++) {
      // Done when the results stop changing: what they show (stems, prefixes, phrases) is the search's business.
      samples.push(await measure(app.page, { event: 'keydown', until: [{ kind: 'none' }], quietMs: 300, timeoutMs: 60_000 }, () => app.page.keyboard.type(query[length - 1]!)))
    }
    await box.fill('')
    await app.page.locator(ui.searchHit).first().waitFor({ state: 'detached' })
  }
  await box.press('Escape')
  return samples
}

/** Scrolls the text with the mouse wheel, down then back up; timed from the wheel event. */
export async function scrollText(app: App, rounds: number): Promise<Measurement[]> {
  const box = await app.page.locator(ui.documentScroller).boundingBox()
  if (!box) throw new Error('the document is not shown')
  await app.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  const samples: Measurement[] = []
  for (let round = 0; round < rounds; round++) {
    const down = Math.floor(round / 5) % 2 === 0
    samples.push(await measure(app.page, { event: 'wheel', until: [{ kind: 'none' }], ...settleQuickly }, () => app.page.mouse.wheel(0, down ? 700 : -700)))
  }
  return samples
}

/** Merges a colleague's file with the shortcut; timed until the merge dialog shows, then cancelled. */
export async function mergeFile(app: App, file: string): Promise<Timed> {
  // A double click on a highlight may have left its popover open.
  await app.page.keyboard.press('Escape')
  app.host.mergeAnswers.push(file)
  const timed = await measureWithMain(app, 'project:mergeFromFile', { event: 'keydown', until: [{ kind: 'count', selector: ui.mergeOutcome, atLeast: 1 }], quietMs: 300, timeoutMs: 180_000 }, () =>
    app.page.keyboard.press(ui.keys.merge)
  )
  if (!(await ui.mergeDialog(app.page).isVisible())) throw new Error(`the merge was refused: ${await errorShown(app)}`)
  await app.page.keyboard.press('Escape')
  await ui.mergeDialog(app.page).waitFor({ state: 'detached' })
  return timed
}
