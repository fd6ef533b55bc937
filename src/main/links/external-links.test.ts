import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dispatch } from '../dispatch'
import { createHandlers } from '../handlers'
import { inertHost } from '../testing/inert-host'
import { useTempFolder } from '../testing/temp-folder'
import { linkVerdict } from './link-policy'

const folder = useTempFolder('glossa-links-')

describe('the external link policy', () => {
  it('opens only http, https and mailto links', () => {
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,hi', 'ftp://example.org/x', 'glossa://x', 'not a url', 'mailto:', 'https://'])
      expect(linkVerdict(url, new Set()), url).toEqual({ kind: 'refused' })
    expect(linkVerdict('https://Example.ORG/a?b#c', new Set())).toEqual({ kind: 'ask', url: 'https://example.org/a?b#c', site: 'example.org' })
    expect(linkVerdict('http://example.org:8080/', new Set())).toMatchObject({ kind: 'ask', site: 'example.org' })
    expect(linkVerdict('mailto:Editor@Law.example?subject=Art.%205', new Set())).toMatchObject({ kind: 'ask', site: 'mailto:law.example' })
  })

  it('asks once per site: an allowed site opens, its look-alikes and other sites still ask', () => {
    const allowed = new Set(['example.org'])
    expect(linkVerdict('https://example.org/deep/link', allowed)).toEqual({ kind: 'open', url: 'https://example.org/deep/link' })
    expect(linkVerdict('https://example.org.evil.test/', allowed)).toMatchObject({ kind: 'ask', site: 'example.org.evil.test' })
    expect(linkVerdict('https://example.org@evil.test/', allowed)).toMatchObject({ kind: 'ask', site: 'evil.test' })
    // Cyrillic "е" and "а": shown and remembered in punycode, never as the site they imitate.
    expect(linkVerdict('https://ехаmple.org/', allowed)).toMatchObject({ kind: 'ask', site: expect.stringMatching(/^xn--/) })
  })
})

describe('shell:openExternal', () => {
  it('asks before the first link to a site, opens on the user’s yes, and remembers "always allow" in the app data', async () => {
    const opened: string[] = []
    const start = () => createHandlers({ host: inertHost({ openExternal: async (url) => void opened.push(url) }), appDataDir: join(folder(), 'app-data') })
    const call = (table: ReturnType<typeof start>, request: unknown) => dispatch(table, 'shell:openExternal', request, { windowId: 1 })
    const table = start()

    expect(await call(table, { url: 'javascript:alert(1)', allow: 'always' })).toMatchObject({ ok: false, error: { code: 'errorLinkRefused' } })
    expect(await call(table, { url: 'https://example.org/a' })).toEqual({ ok: true, value: { status: 'ask', url: 'https://example.org/a', site: 'example.org' } })
    expect(opened).toEqual([])
    expect(await call(table, { url: 'https://example.org/a', allow: 'once' })).toEqual({ ok: true, value: { status: 'opened' } })
    expect(await call(table, { url: 'https://example.org/b' })).toMatchObject({ ok: true, value: { status: 'ask' } })
    expect(await call(table, { url: 'https://example.org/b', allow: 'always' })).toMatchObject({ ok: true, value: { status: 'opened' } })
    expect(opened).toEqual(['https://example.org/a', 'https://example.org/b'])

    // Next start: the site is remembered, another is not.
    const restarted = start()
    expect(await call(restarted, { url: 'https://example.org/c' })).toEqual({ ok: true, value: { status: 'opened' } })
    expect(await call(restarted, { url: 'https://other.example/' })).toMatchObject({ ok: true, value: { status: 'ask' } })
    expect(JSON.parse(await readFile(join(folder(), 'app-data', 'allowed-sites.json'), 'utf8'))).toEqual({ sites: ['example.org'] })
  })
})
