import type { BrowserWindow, Session } from 'electron'

/**
 * The security baseline: a strict Content-Security-Policy on every response, no permissions, no navigation
 * away from the app, no new windows. http(s) links go to the OS browser; nothing else is opened.
 */

/**
 * The one policy of the app's window, sent as a header on every response and written in
 * src/renderer/index.html (a test keeps them equal). No 'unsafe-inline' anywhere: React's style props go
 * through the CSSOM, which the policy does not govern, and ProseMirror sets styles the same way. (The print
 * window is another document with a policy of its own: see export/print-requests.ts.)
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'"
].join('; ')

/** Directives a `<meta>` policy cannot carry (browsers ignore them there): only the header has them. */
export const headerOnlyDirectives = ['frame-ancestors']

export function isExternalWebLink(url: string): boolean {
  try {
    const { protocol } = new URL(url)
    return protocol === 'https:' || protocol === 'http:'
  } catch {
    return false
  }
}

export function hardenSession(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] } })
  })
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}

export function hardenWindow(window: BrowserWindow, openExternal: (url: string) => void): void {
  const contents = window.webContents
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalWebLink(url)) openExternal(url)
    return { action: 'deny' }
  })
  contents.on('will-navigate', (event, url) => {
    event.preventDefault()
    if (isExternalWebLink(url)) openExternal(url)
  })
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
}
