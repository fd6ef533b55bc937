import { describe, expect, it } from 'vitest'
import { allowlistHtml } from './allowlist-html'

describe('allowlist HTML (first sanitising pass, no browser)', () => {
  it('keeps commentary markup and safe links', () => {
    expect(allowlistHtml('<p>A <strong>bold</strong> <em>claim</em>, see <a href="https://example.org/x" title="t">this</a>.</p><ul><li>one</li></ul>')).toEqual({
      html: '<p>A <strong>bold</strong> <em>claim</em>, see <a href="https://example.org/x">this</a>.</p><ul><li>one</li></ul>',
      removed: ['title']
    })
  })

  it('drops scripts, styles, handlers, remote images and javascript: links, and says so', () => {
    const hostile = '<p onclick="x()">Hi<script>alert(1)</script><style>p{}</style><img src="https://t.example/p.png" onerror="y()"><a href="javascript:alert(1)">link</a><iframe src="https://e.example"></iframe></p>'
    const { html, removed } = allowlistHtml(hostile)
    expect(html).toBe('<p>Hilink</p>')
    expect(removed).toEqual(['href', 'iframe', 'img', 'onclick', 'onerror', 'script', 'src', 'style'])
  })

  it('escapes text so nothing in it becomes markup again', () => {
    expect(allowlistHtml('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>').html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')
  })
})
