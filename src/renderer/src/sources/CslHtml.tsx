import DOMPurify from 'dompurify'

/**
 * Shows citeproc's HTML (a note or a bibliography entry). citeproc escapes field values already; the
 * sanitiser is the second lock, letting through only the few inline tags CSL output uses.
 */
export function CslHtml({ html, className, testId }: { html: string; className?: string; testId?: string }) {
  const safe = DOMPurify.sanitize(html, { ALLOWED_TAGS: ['i', 'b', 'em', 'strong', 'span', 'sup', 'sub'], ALLOWED_ATTR: ['class'] })
  return <span className={className} data-testid={testId} dangerouslySetInnerHTML={{ __html: safe }} />
}
