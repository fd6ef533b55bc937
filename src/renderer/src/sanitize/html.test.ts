// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { cleanPastedHtml, htmlToCommentary, textToCommentary } from './html'

describe('untrusted HTML into commentary', () => {
  it('keeps commentary markup and safe links as commentary JSON', () => {
    const { body, removed } = htmlToCommentary('<p>See <strong>Article 5</strong> and <a href="https://example.org/a">this</a>.</p><blockquote><p>quoted</p></blockquote>')
    expect(body.doc).toEqual({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'See ' },
            { type: 'text', text: 'Article 5', marks: [{ type: 'strong' }] },
            { type: 'text', text: ' and ' },
            { type: 'text', text: 'this', marks: [{ type: 'link', attrs: { href: 'https://example.org/a' } }] },
            { type: 'text', text: '.' }
          ]
        },
        { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'quoted' }] }] }
      ]
    })
    expect(removed).toEqual([])
  })

  it('removes scripts, handlers, styles, remote images and javascript: links, and lists them', () => {
    const { body, removed } = htmlToCommentary(
      '<p style="position:fixed" onclick="steal()">Text<script>steal()</script><img src="https://t.example/p.png"><a href="javascript:steal()">x</a><svg onload="steal()"></svg></p>'
    )
    expect(JSON.stringify(body.doc)).not.toMatch(/steal|t\.example|javascript|style/)
    expect(body.doc.content?.[0]?.content).toEqual([{ type: 'text', text: 'Textx' }])
    expect(removed).toEqual(['href', 'img', 'onclick', 'script', 'src', 'style', 'svg'])
  })

  it('cleans pasted HTML for the commentary editor', () => {
    expect(cleanPastedHtml('<p onmouseover="x()">Hi <em>there</em><iframe src="https://e.example"></iframe></p>')).toBe('<p>Hi <em>there</em></p>')
  })

  it('turns plain or Markdown text into one paragraph per block (a single line break is a space, as in Markdown)', () => {
    expect(textToCommentary('First line\nstill first\n\nSecond').doc.content?.map((block) => block.content?.[0]?.text)).toEqual(['First line still first', 'Second'])
  })
})
