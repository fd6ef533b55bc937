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
