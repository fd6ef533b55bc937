/**
 * Reduces Markdown to the plain lines of the law: heading marks ("## Article 5"), emphasis around a
 * heading ("**Статья 5**"), block quotes and escapes go; list numbers and the text itself stay.
 */
export function markdownToText(markdown: string): string {
  return markdown
    .split(/\r\n|\r|\n/)
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+/, '')
        .replace(/\s+#+\s*$/, '')
        .replace(/^\s{0,3}>\s?/, '')
        .replace(/^(\s*)[-*+]\s+(?=\d+[.)]|\p{L}\))/u, '$1')
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1')
    )
    .join('\n')
}
