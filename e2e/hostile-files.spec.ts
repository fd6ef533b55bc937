import type { Page } from '@playwright/test'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseProjectFile, serialiseProject } from '../src/shared/project/parse'
import type { ProjectFile } from '../src/shared/project/schema'
import { expect, test } from './support/fixtures'
import { expectOpenRefused } from './support/open-refused'

/**
 * Project files from someone else are untrusted. Each hostile payload is refused with a message that says
 * what is wrong, or shown as harmless text; no script runs, nothing is fetched from the network, the file
 * is left as it was, and Glossa keeps working.
 */

const v1Fixture = join(__dirname, '../src/shared/project/fixtures/v1-project.glossa')

async function project(): Promise<ProjectFile> {
  const parsed = parseProjectFile(await readFile(v1Fixture, 'utf8'))
  if (!parsed.ok) throw new Error('the v1 fixture must open')
  return parsed.value
}

/** The fixture with its one annotation's commentary replaced. */
async function withCommentary(doc: unknown): Promise<string> {
  const base = await project()
  return serialiseProject({ ...base, annotations: [{ ...base.annotations[0]!, body: { doc } }] } as ProjectFile)
}

const paragraph = (content: unknown[]) => ({ type: 'doc', content: [{ type: 'paragraph', content }] })

/** Watches for what must never happen: a request leaving the machine, or an injected script running. */
function guard(page: Page) {
  const remote: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.hostname !== '127.0.0.1') remote.push(request.url())
  })
  return {
    remote,
    pwned: () => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)
  }
}

/** Glossa still works: the welcome project is open and can be saved elsewhere. */
async function stillWorks(page: Page, host: { saveAnswers: (string | null)[] }, folder: string) {
  await expect(page.getByTestId('project-title')).toHaveText('Welcome to Glossa')
  host.saveAnswers.push(join(folder, 'still-working.glossa'))
  await page.keyboard.press('Control+s')
  await expect(page.getByTestId('save-state')).toHaveText('Saved')
}

const refusals: { name: string; content: () => Promise<string | Buffer>; message: RegExp }[] = [
  {
    name: 'a javascript: link in a comment',
    content: () => withCommentary(paragraph([{ type: 'text', text: 'click', marks: [{ type: 'link', attrs: { href: 'javascript:window.__pwned=1' } }] }])),
    message: /damaged: annotations\.0\.body\.doc is not valid/
  },
  {
    name: 'a remote image in a comment',
    content: () => withCommentary({ type: 'doc', content: [{ type: 'image', attrs: { src: 'https://tracker.example/pixel.png' } }] }),
    message: /damaged: annotations\.0\.body\.doc is not valid/
  },
  {
    name: 'a 100 MB string',
    content: async () => {
      const base = await project()
      return serialiseProject({ ...base, meta: { ...base.meta, title: 'x'.repeat(100 * 1024 * 1024) } })
    },
    message: /damaged: meta\.title is not valid/
  },
  {
    name: 'deeply nested JSON',
    content: async () => {
      const depth = 100_000
      const base = JSON.stringify({ ...(await project()), document: { name: 'n', language: 'en', content: '__NEST__' } })
      return base.replace('"__NEST__"', '{"type":"doc","content":['.repeat(depth) + ']}'.repeat(depth))
    },
    message: /This project file is damaged/
  },
  {
    name: 'wrong types',
    content: async () => JSON.stringify({ ...(await project()), meta: { ...(await project()).meta, created: 42 }, tags: {} }),
    message: /damaged: meta\.created is not valid/
  }
]

for (const { name, content, message } of refusals) {
  test(`opening a file with ${name} is refused with a clear message; nothing runs or loads`, async ({ glossa, host, folder }) => {
    const watch = guard(glossa)
    const file = join(folder, 'hostile.glossa')
    await writeFile(file, await content())
    const before = await readFile(file)
    await expectOpenRefused(glossa, host, file, message)
    await stillWorks(glossa, host, folder)
    expect((await readFile(file)).equals(before)).toBe(true)
    expect(await watch.pwned()).toBeUndefined()
    expect(watch.remote).toEqual([])
  })
}

test('script tags in a comment are shown as text and never run', async ({ glossa, host, folder }) => {
  const watch = guard(glossa)
  const payload = '<script>window.__pwned=1</script><img src="https://tracker.example/x.png" onerror="window.__pwned=2">'
  const file = join(folder, 'script.glossa')
  await writeFile(file, await withCommentary(paragraph([{ type: 'text', text: payload }])))
  host.openAnswers.push(file)
  await glossa.getByRole('button', { name: 'Open Project…' }).first().click()
  await expect(glossa.getByTestId('project-title')).toHaveText('Examplestan v1 project')
  await expect(glossa.getByText(payload).first()).toBeVisible()
  await expect(glossa.locator('body img[src*="tracker.example"]')).toHaveCount(0)
  await expect(glossa.locator('body script:not([src])').filter({ hasText: '__pwned' })).toHaveCount(0)
  await glossa.screenshot({ path: '/tmp/hostile-script.png' })
  expect(await watch.pwned()).toBeUndefined()
  expect(watch.remote).toEqual([])
})

test('an event handler attribute in a comment is dropped: the text shows, the handler never exists', async ({ glossa, host, folder }) => {
  const watch = guard(glossa)
  const file = join(folder, 'handler.glossa')
  const handler = { type: 'doc', content: [{ type: 'paragraph', attrs: { onclick: 'window.__pwned=1', onmouseover: 'window.__pwned=1' }, content: [{ type: 'text', text: 'hover me' }] }] }
  await writeFile(file, await withCommentary(handler))
  host.openAnswers.push(file)
  await glossa.getByRole('button', { name: 'Open Project…' }).first().click()
  await expect(glossa.getByTestId('project-title')).toHaveText('Examplestan v1 project')
  const text = glossa.getByText('hover me').first()
  await expect(text).toBeVisible()
  await text.hover()
  await text.click()
  await expect(glossa.locator('[onclick], [onmouseover]')).toHaveCount(0)
  expect(await watch.pwned()).toBeUndefined()
  expect(watch.remote).toEqual([])
})

test('merging a hostile colleague file is refused and my project stays as it was', async ({ glossa, host, folder }) => {
  const mine = join(folder, 'mine.glossa')
  const theirs = join(folder, 'theirs.glossa')
  await writeFile(mine, serialiseProject(await project()))
  await writeFile(theirs, await withCommentary(paragraph([{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }])))
  host.openAnswers.push(mine)
  await glossa.getByRole('button', { name: 'Open Project…' }).first().click()
  await expect(glossa.getByTestId('save-state')).toHaveText('Saved')
  host.mergeAnswers.push(theirs)
  await glossa.keyboard.press('Control+Shift+M')
  await expect(glossa.getByTestId('error-message')).toHaveText(/damaged: annotations\.0\.body\.doc is not valid/)
  await expect(glossa.getByRole('dialog')).toHaveCount(0)
  await expect(glossa.getByTestId('save-state')).toHaveText('Saved')
  await expect(glossa.getByTestId('project-title')).toHaveText('Examplestan v1 project')
})
