import { describe, expect, it } from 'vitest'
import { commentarySchema } from '../annotations/commentary-schema'
import { commentaryFromHtml } from './commentary-from-html'

const contentOf = (html: string) => commentaryFromHtml(html).body.doc.content
const t = (text: string, ...marks: object[]) => ({ type: 'text', text, ...(marks.length ? { marks } : {}) })

describe('HTML as commentary without a browser', () => {
  it('keeps paragraphs, marks and safe links, collapsing HTML whitespace', () => {
    expect(contentOf('<p>  A <b>bold</b>\n  and <i>italic <strong>both</strong></i>, see <a href="https://example.org/x">this</a>.</p>')).toEqual([
      { type: 'paragraph', content: [t('A '), t('bold', { type: 'strong' }), t(' and '), t('italic ', { type: 'em' }), t('both', { type: 'strong' }, { type: 'em' }), t(', see '), t('this', { type: 'link', attrs: { href: 'https://example.org/x' } }), t('.')] }
    ])
  })

  it('wraps loose text in paragraphs and fits lists and quotes to the commentary schema', () => {
    const content = contentOf('Loose <em>text</em><br>next line<ul>\n <li>one</li>\n <li><ul><li>nested</li></ul></li></ul><blockquote>quoted</blockquote><ol></ol>')
    expect(content).toEqual([
      { type: 'paragraph', content: [t('Loose '), t('text', { type: 'em' }), { type: 'hard_break' }, t('next line')] },
      {
        type: 'bullet_list',
        content: [
          { type: 'list_item', content: [{ type: 'paragraph', content: [t('one')] }] },
          { type: 'list_item', content: [{ type: 'paragraph' }, { type: 'bullet_list', content: [{ type: 'list_item', content: [{ type: 'paragraph', content: [t('nested')] }] }] }] }
        ]
      },
      { type: 'blockquote', content: [{ type: 'paragraph', content: [t('quoted')] }] }
    ])
    expect(() => commentarySchema.nodeFromJSON({ type: 'doc', content }).check()).not.toThrow()
  })

  it('drops what the allowlist drops and says what it removed', () => {
    const { body, removed } = commentaryFromHtml('<p style="x" onclick="y()">Hi<script>alert(1)</script><a href="javascript:alert(2)">link</a><img src="https://t.example/p.png"></p>')
    expect(body.doc.content).toEqual([{ type: 'paragraph', content: [t('Hilink')] }])
    expect(removed).toEqual(['href', 'img', 'onclick', 'script', 'src', 'style'])
  })
})
