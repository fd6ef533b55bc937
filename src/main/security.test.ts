import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { BrowserWindow } from 'electron'
import { contentSecurityPolicy, hardenWindow, headerOnlyDirectives, isExternalWebLink } from './security'

const directives = (policy: string) => policy.split(';').map((directive) => directive.trim().replace(/\s+/g, ' ')).filter(Boolean)

/** A window whose webContents records the handlers hardenWindow installs. */
function recordingWindow() {
  const listeners = new Map<string, (event: { preventDefault(): void }, url: string) => void>()
  let openHandler: ((details: { url: string }) => { action: string }) | undefined
  const window = {
    webContents: {
      setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
      on: (name: string, listener: (event: { preventDefault(): void }, url: string) => void) => listeners.set(name, listener)
    }
  } as unknown as BrowserWindow
  return { window, listeners, open: (url: string) => openHandler!({ url }) }
}

describe('security baseline', () => {
  it('denies every new window and sends only web links to the OS browser', () => {
    const opened: string[] = []
    const { window, open } = recordingWindow()
    hardenWindow(window, (url) => opened.push(url))
    expect(open('https://adilet.zan.kz/')).toEqual({ action: 'deny' })
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' })
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' })
    expect(opened).toEqual(['https://adilet.zan.kz/'])
  })

  it('blocks navigation away from the app', () => {
    const { window, listeners } = recordingWindow()
    hardenWindow(window, () => undefined)
    let prevented = false
    listeners.get('will-navigate')!({ preventDefault: () => (prevented = true) }, 'https://evil.example/')
    expect(prevented).toBe(true)
  })

  it('allows only the app’s own scripts and styles, nothing inline, and no remote content', () => {
    expect(contentSecurityPolicy).toContain("default-src 'none'")
    expect(contentSecurityPolicy).toContain("script-src 'self'")
    expect(contentSecurityPolicy).toContain("style-src 'self'")
    expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/)
  })

  it('is one policy: the page says the same as the header, less what only a header can carry', () => {
    const html = readFileSync(join(__dirname, '../renderer/index.html'), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
    expect(meta).toBeDefined()
    const headerForPage = directives(contentSecurityPolicy).filter((directive) => !headerOnlyDirectives.some((name) => directive.startsWith(`${name} `)))
    expect(directives(meta!).sort()).toEqual(headerForPage.sort())
  })

  it('blocks redirects and embedded web views', () => {
    const { window, listeners } = recordingWindow()
    hardenWindow(window, () => undefined)
    for (const name of ['will-redirect', 'will-attach-webview']) {
      let prevented = false
      listeners.get(name)!({ preventDefault: () => (prevented = true) }, 'https://evil.example/')
      expect(prevented, name).toBe(true)
    }
  })

  it('recognises web links only', () => {
    expect(isExternalWebLink('http://example.org')).toBe(true)
    expect(isExternalWebLink('mailto:a@b.c')).toBe(false)
    expect(isExternalWebLink('not a url')).toBe(false)
  })
})
