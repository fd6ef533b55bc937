import type { Commentary } from '../annotations/types'

/** Plain (or Markdown) text as commentary: one paragraph per blank-line-separated block. */
export function textToCommentary(text: string): Commentary {
  const blocks = text
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
  return { doc: { type: 'doc', content: blocks.map((block) => ({ type: 'paragraph', content: [{ type: 'text', text: block }] })) } }
}
