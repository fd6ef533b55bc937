import type { Page } from '@playwright/test'
import { copyFile, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { buildDocumentText } from '../src/shared/annotations/document-text'
import { legalSchema } from '../src/shared/document/schema'
import { parseProjectFile } from '../src/shared/project/parse'
import { webAnnotationChecker } from '../src/main/exchange/web-annotation-musts'
import { expect, test } from './support/fixtures'
import type { TestHost } from './support/test-host'

/**
 * Annotations go to and come from other annotation tools (Hypothesis and the like) as W3C Web Annotation
 * JSON-LD. What comes in is untrusted: its HTML is sanitised, and nothing in it runs or loads.
 */

const v1Fixture = join(__dirname, '../src/shared/project/fixtures/v1-project.glossa')

async function openFixture(page: Page, host: TestHost, folder: string): Promise<string> {
  const file = join(folder, 'project.glossa')
  await copyFile(v1Fixture, file)
  host.openAnswers.push(file)
  await page.getByRole('button', { name: 'Open Project…' }).first().click()
  await expect(page.getByTestId('project-title')).toHaveText('Examplestan v1 project')
  return file
}

async function article3Quote() {
  const project = parseProjectFile(await readFile(v1Fixture, 'utf8'))
  if (!project.ok) throw new Error('fixture')
  const unit = buildDocumentText(legalSchema.nodeFromJSON(project.value.document!.content)).units.get('art_3')!
  return { exact: unit.text.slice(4, 30), prefix: unit.text.slice(0, 4), suffix: unit.text.slice(30, 50) }
}

test('exports annotations as a W3C AnnotationCollection that meets the MUSTs, naming each article by its eId', async ({ glossa, host, folder }) => {
  await openFixture(glossa, host, folder)
  const out = join(folder, 'annotations.jsonld')
  host.webExportAnswers.push(out)
  await glossa.keyboard.press('Control+Alt+E')
  await expect.poll(() => readFile(out, 'utf8').then(() => true, () => false)).toBe(true)
  const exported = JSON.parse(await readFile(out, 'utf8'))
  expect(webAnnotationChecker().collectionFailures(exported)).toEqual([])
  expect(exported).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 2 })
  expect(exported.first.items[0]).toMatchObject({
    type: 'Annotation',
    motivation: 'commenting',
    creator: { name: 'Aigerim' },
    body: [
      { format: 'text/html', value: '<p>A first remark.</p>' },
      { purpose: 'tagging', value: 'Values' },
      { type: 'SpecificResource', source: { id: 'urn:glossa:source:src-1' }, selector: [{ type: 'FragmentSelector', value: 'page=12' }] }
    ],
    target: { selector: [{ type: 'FragmentSelector', value: 'art_1' }, { type: 'TextQuoteSelector' }] }
  })
  expect(exported.first.items[1]).toMatchObject({ motivation: 'replying', target: exported.first.items[0].id, creator: { name: 'Daniyar' } })
})

test('imports a hostile Web Annotation: sanitised, placed by its quote, nothing runs or loads', async ({ glossa, host, folder }) => {
  const remote: string[] = []
  glossa.on('request', (request) => {
    if (new URL(request.url()).hostname !== '127.0.0.1') remote.push(request.url())
  })
  await openFixture(glossa, host, folder)
  const quote = await article3Quote()
  const incoming = join(folder, 'from-hypothesis.jsonld')
  const html =
    '<p>Good <strong>point</strong><script>window.__pwned=1</script><img src="https://tracker.example/x.png" onerror="window.__pwned=2">' +
    '<a href="javascript:window.__pwned=3">bad link</a> <a href="https://example.org/commentary">good link</a></p><style>body{display:none}</style>'
  await writeFile(
    incoming,
    JSON.stringify({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      id: 'https://hypothes.is/a/abc123',
      creator: { name: 'Jane Roe' },
      body: [{ type: 'TextualBody', value: html, format: 'text/html' }, { type: 'TextualBody', value: 'Review', purpose: 'tagging' }],
      target: { source: 'https://example.org/constitution', selector: [{ type: 'TextQuoteSelector', ...quote }] }
    })
  )
  host.webImportAnswers.push(incoming)
  await glossa.keyboard.press('Control+Alt+I')
  const report = glossa.getByRole('dialog', { name: 'Annotations imported' })
  await expect(report).toContainText('Annotations added: 1.')
  await expect(report).toContainText(/Removed from pasted or imported text: .*script/)
  await expect(report).toContainText(/img/)
  await glossa.screenshot({ path: '/tmp/web-import.png' })
  await report.getByRole('button', { name: 'Close' }).click()
  await expect(glossa.getByText('Good point').first()).toBeVisible()
  await expect(glossa.locator('a[href^="javascript"], [onerror], img[src*="tracker"]')).toHaveCount(0)
  expect(await glossa.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined()
  expect(remote).toEqual([])

  // Saved, the imported annotation sits in Article 3 with its author and tag, and its commentary is clean.
  await glossa.keyboard.press('Control+s')
  await expect(glossa.getByTestId('save-state')).toHaveText('Saved')
  const saved = parseProjectFile(await readFile(join(folder, 'project.glossa'), 'utf8'))
  if (!saved.ok) throw new Error('saved project must be valid')
  const imported = saved.value.annotations.find((annotation) => annotation.author.name === 'Jane Roe')!
  expect(imported.target).toMatchObject({ eId: 'art_3', quote: { exact: quote.exact } })
  expect(saved.value.tags.find((tag) => imported.tags.includes(tag.id))?.name).toBe('Review')
  const body = JSON.stringify(imported.body)
  expect(body).toContain('https://example.org/commentary')
  expect(body).not.toMatch(/javascript|script>|tracker|onerror/)
})

test('a file that is not Web Annotations is refused with a clear message', async ({ glossa, host, folder }) => {
  await openFixture(glossa, host, folder)
  const incoming = join(folder, 'not-annotations.json')
  await writeFile(incoming, JSON.stringify({ hello: 'world' }))
  host.webImportAnswers.push(incoming)
  await glossa.keyboard.press('Control+Alt+I')
  await expect(glossa.getByTestId('error-message')).toHaveText(/not Web Annotation JSON-LD or Hypothesis JSON: annotation 1 is not valid/)
  await expect(glossa.getByTestId('save-state')).toHaveText('Saved')
})

test('imports a Hypothesis export entry by entry: replies under their annotation, refusals with reasons, no duplicates the second time', async ({ glossa, host, folder }) => {
  await openFixture(glossa, host, folder)
  const incoming = join(folder, 'hypothesis.json')
  const quote = await article3Quote()
  const note = (id: string, extra: object) => ({ id, created: '2026-11-20T09:00:00+00:00', updated: '2026-11-20T09:00:00+00:00', user: 'acct:jane@hypothes.is', user_info: { display_name: 'Jane Roe' }, tags: [], ...extra })
  await writeFile(
    incoming,
    JSON.stringify({
      export_date: '2026-11-30T10:00:00.000Z',
      annotations: [
        note('h-root', { text: 'Root note', target: [{ source: 'https://example.org/c', selector: [{ type: 'TextQuoteSelector', ...quote }] }] }),
        note('h-reply', { text: 'A reply in the thread', references: ['h-root'], user_info: { display_name: 'Omar' }, target: [{ source: 'https://example.org/c' }] }),
        note('h-lost', { text: 'Nowhere', target: [{ source: 'https://example.org/c', selector: [{ type: 'TextQuoteSelector', exact: 'a sentence this text does not contain at all' }] }] })
      ]
    })
  )
  host.webImportAnswers.push(incoming)
  await glossa.keyboard.press('Control+Alt+I')
  const report = glossa.getByRole('dialog', { name: 'Annotations imported' })
  await expect(report).toContainText('Annotations added: 2.')
  await expect(report.getByTestId('web-import-refused')).toHaveText('Entry 3 h-lost: its quoted text is not in this document.')
  await report.getByRole('button', { name: 'Close' }).click()
  await expect(glossa.getByText('Root note').first()).toBeVisible()

  host.webImportAnswers.push(incoming)
  await glossa.keyboard.press('Control+Alt+I')
  await expect(report).toContainText('Annotations added: 0.')
  await expect(report).toContainText('2 were already in the project.')
  await report.getByRole('button', { name: 'Close' }).click()

  await glossa.keyboard.press('Control+s')
  await expect(glossa.getByTestId('save-state')).toHaveText('Saved')
  const saved = parseProjectFile(await readFile(join(folder, 'project.glossa'), 'utf8'))
  if (!saved.ok) throw new Error('saved project must be valid')
  const root = saved.value.annotations.filter((annotation) => annotation.id === 'h-root')
  expect(root).toHaveLength(1)
  expect(root[0]!.replies.map((reply) => [reply.id, reply.author.name])).toEqual([['h-reply', 'Omar']])
})
