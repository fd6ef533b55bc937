/**
 * citeproc's HTML output read back as styled runs, so the PDF and the Word export carry the style's
 * italics, small capitals, bold and superscripts without passing markup through. citeproc writes a small,
 * fixed set of tags (see `CSL.Output.Formats.html` in citeproc-js) and numeric entities; anything else is
 * dropped and its text kept.
 */

export interface StyledRun {
  text: string
  bold?: boolean
  italic?: boolean
  smallCaps?: boolean
  superscript?: boolean
  subscript?: boolean
  /** Only http(s) and mailto links are kept. */
  href?: string
}

type Style = Omit<StyledRun, 'text'>

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ''
    }
    return namedEntities[body.toLowerCase()] ?? whole
  })
}

/** What an opening tag changes in the style, from its name and (for spans) its inline CSS. */
function styleOf(tag: string, attributes: string, current: Style): Style {
  const next: Style = { ...current }
  switch (tag) {
    case 'i':
    case 'em':
      next.italic = !current.italic || undefined
      return next
    case 'b':
    case 'strong':
      next.bold = true
      return next
    case 'sup':
      next.superscript = true
      return next
    case 'sub':
      next.subscript = true
      return next
    case 'a': {
      const href = /href="([^"]*)"/.exec(attributes)?.[1]
      if (href && /^(https?:|mailto:)/i.test(decodeEntities(href))) next.href = decodeEntities(href)
      return next
    }
    case 'span': {
      const css = (/style="([^"]*)"/.exec(attributes)?.[1] ?? '').replace(/\s+/g, '')
      if (css.includes('font-style:normal')) delete next.italic
      if (css.includes('font-style:italic')) next.italic = true
      if (css.includes('font-variant:small-caps')) next.smallCaps = true
      if (css.includes('font-variant:normal')) delete next.smallCaps
      if (css.includes('font-weight:bold')) next.bold = true
      if (css.includes('font-weight:normal')) delete next.bold
      return next
    }
    default:
      return next
  }
}

const sameStyle = (a: Style, b: Style) =>
  Boolean(a.bold) === Boolean(b.bold) &&
  Boolean(a.italic) === Boolean(b.italic) &&
  Boolean(a.smallCaps) === Boolean(b.smallCaps) &&
  Boolean(a.superscript) === Boolean(b.superscript) &&
  Boolean(a.subscript) === Boolean(b.subscript) &&
  a.href === b.href

function withoutUnset(style: Style): Style {
  return Object.fromEntries(Object.entries(style).filter(([, value]) => value !== undefined && value !== false)) as Style
}

/** citeproc HTML (one citation cluster or bibliography entry) as runs; adjacent runs of one style are merged. */
export function cslHtmlRuns(html: string): StyledRun[] {
  const runs: StyledRun[] = []
  const stack: { tag: string; style: Style }[] = []
  let style: Style = {}
  const add = (raw: string) => {
    const text = decodeEntities(raw)
    if (!text) return
    const last = runs[runs.length - 1]
    if (last && sameStyle(last, style)) last.text += text
    else runs.push({ text, ...withoutUnset(style) })
  }
  const tags = /<(\/?)([a-z][a-z0-9]*)([^>]*)>/gi
  let at = 0
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    add(html.slice(at, match.index))
    at = match.index + match[0].length
    const [, closing, rawName, attributes = ''] = match
    const tag = rawName!.toLowerCase()
    if (tag === 'br') {
      add(' ')
    } else if (closing) {
      const open = stack.map((entry) => entry.tag).lastIndexOf(tag)
      if (open !== -1) {
        style = stack[open]!.style
        stack.length = open
      }
    } else if (!attributes.trim().endsWith('/')) {
      stack.push({ tag, style })
      style = styleOf(tag, attributes, style)
    }
  }
  add(html.slice(at))
  // citeproc's bibliography entries come wrapped in indented divs and line breaks.
  if (runs[0]) runs[0].text = runs[0].text.replace(/^\s+/, '')
  const last = runs[runs.length - 1]
  if (last) last.text = last.text.replace(/\s+$/, '')
  return runs.filter((run) => run.text.length > 0)
}

/** The runs' plain text. */
export function runsText(runs: readonly StyledRun[]): string {
  return runs.map((run) => run.text).join('')
}
