import { pathToFileURL } from 'node:url'

/**
 * What the print window may load: the print view file of an export now running, and `data:` URLs (the
 * bundled fonts and images are embedded in it as data). Nothing else: no other file on disk, no network.
 * Its own document policy (shared/export/print/print-view.ts) allows inline styles (its `<style>` elements,
 * and the page counters the pagination script sets) and only the nonce'd script of that file.
 */
export class PrintRequests {
  private readonly allowed = new Set<string>()

  /** Lets the print window load `file` until the returned function is called. */
  allow(file: string): () => void {
    const url = pathToFileURL(file).href
    this.allowed.add(url)
    return () => this.allowed.delete(url)
  }

  isAllowed(url: string): boolean {
    if (url.startsWith('data:')) return true
    try {
      const parsed = new URL(url)
      // The file itself, whatever fragment or query a link in it adds.
      return parsed.protocol === 'file:' && this.allowed.has(`file://${parsed.host}${parsed.pathname}`)
    } catch {
      return false
    }
  }
}
