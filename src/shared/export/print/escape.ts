/** Escapes text for HTML content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!)
}

/** Quotes text as a CSS string literal. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (char) => `\\${char}`).replace(/[\n\r\f]/g, ' ')}"`
}

/** Makes an eId safe as an element id and URL fragment: letters, digits, `_` and `-` only. */
export function safeId(eId: string): string {
  return `u-${eId.replace(/[^\p{L}\p{N}_-]/gu, '-')}`
}

/** Keeps embedded text from closing the <script> or <style> element that holds it. */
export const closeTagSafe = (text: string, tag: 'script' | 'style') => text.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1')

/**
 * The Content-Security-Policy of a print view (the book and the comparative table): nothing from outside, inline
 * styles and data: fonts and images, and only the script carrying `nonce`, which must be fresh for each export.
 */
export function printViewPolicy(nonce: string): string {
  if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(nonce)) throw new RangeError('The print view needs a random nonce of 16 or more characters')
  return `default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; script-src 'nonce-${nonce}'`
}
