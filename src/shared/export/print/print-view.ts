import { translate } from '../../i18n/translate'
import { hyphenate } from '../hyphenation/hyphenate'
import type { ExportBlock, ExportInline, ExportModel, ExportNote, TocEntry } from '../model'
import { quoted } from '../quotes'
import type { RichBlock, RichRun } from '../rich-text'
import { closeTagSafe, escapeHtml, printViewPolicy, safeId } from './escape'
import { pageCss } from './page-css'

/**
 * The print view: one self-contained HTML document (fonts as data URLs, styles and the pagination script
 * inline) that Electron's printToPDF and the headless Chromium both print. The book arrives as one hidden
 * flow and a pool of footnotes; resources/print/paginate.js deals them out onto sheets, one per page. Its
 * content security policy allows no network at all and runs only the script carrying this export's nonce.
 * Every piece of project text is escaped; commentary arrives as rich-text runs, never as markup.
 */

/** Files the print view embeds, read from resources by the caller (main or the headless command). */
export interface PrintAssets {
  /** resources/print/print.css */
  css: string
  /** @font-face rules with the shipped fonts as data URLs (see font-faces.ts). */
  fontFaces: string
  /** resources/print/paginate.js: lays the flow out on pages. */
  paginateScript: string
}

/** The attribute the print view sets on <html> when every page is laid out: the page count. */
export const printReadyAttribute = 'data-print-ready'

/** The attribute the print view sets on <html> instead when laying out failed: the error. */
export const printFailedAttribute = 'data-print-failed'

/** Runs as inline HTML; with `language`, words get soft hyphens (links keep theirs whole). */
function runsHtml(runs: readonly RichRun[], language?: string): string {
  return runs
    .map((run) => {
      let html = escapeHtml(language && !run.href ? hyphenate(run.text, language) : run.text)
      if (run.bold) html = `<strong>${html}</strong>`
      if (run.italic) html = `<em>${html}</em>`
      if (run.smallCaps) html = `<span class="small-caps">${html}</span>`
      if (run.superscript) html = `<sup>${html}</sup>`
      if (run.subscript) html = `<sub>${html}</sub>`
      if (run.href) html = `<a href="${escapeHtml(run.href)}">${html}</a>`
      return html
    })
    .join('')
}

/** Commentary as inline HTML only (spans shown as blocks), so it can sit inside a paragraph as a footnote. */
function richHtml(blocks: RichBlock[], language: string): string {
  return blocks
    .map((block) => `<span class="note-block ${block.kind}">${block.marker ? `${escapeHtml(block.marker)} ` : ''}${runsHtml(block.runs, language)}</span>`)
    .join('')
}

export function noteContent(note: ExportNote, model: ExportModel): string {
  const tags = model.showTags && note.tags.length > 0 ? `<span class="note-tags">[${escapeHtml(note.tags.join('; '))}]</span> ` : ''
  const author = note.author ? `<span class="note-author">${escapeHtml(note.author)}:</span> ` : ''
  const [first, ...rest] = note.body
  // Commentary is hyphenated in the publication's language, the language its labels are in.
  const body = first ? `${runsHtml(first.runs, model.labels)}${richHtml(rest, model.labels)}` : ''
  const quotes = note.quotes.map((quote) => `<span class="note-quote">${escapeHtml(quoted(quote, model.labels))}</span>`).join(' ')
  const citation = note.citation.length > 0 || quotes ? `<span class="note-citation">${runsHtml(note.citation)}${quotes ? `${note.citation.length > 0 ? ' ' : ''}${quotes}` : ''}</span>` : ''
  const replies = note.replies
    .map((reply) => {
      const by = reply.author ? translate('exportReplyBy', { author: reply.author }, model.labels) : translate('exportReply', {}, model.labels)
      return `<span class="note-reply"><span class="note-author">${escapeHtml(by)}</span> ${richHtml(reply.body, model.labels)}</span>`
    })
    .join('')
  return `${tags}${author}${body}${linksHtml(note, model)}${citation}${replies}`
}

/** "See Article 19, p. 12": a link to the article with its page, written after layout like the contents'. */
function linksHtml(note: ExportNote, model: ExportModel): string {
  if (note.links.length === 0) return ''
  const links = note.links.map((link) =>
    link.inExport ? `<a class="xref" href="#${safeId(link.eId)}" data-page-label="${escapeHtml(translate('exportPageShort', {}, model.labels))}">${escapeHtml(link.label)}</a>` : escapeHtml(link.label)
  )
  return ` <span class="note-links">${escapeHtml(translate('exportSee', {}, model.labels))} ${links.join(', ')}.</span>`
}

function callHtml(note: ExportNote, model: ExportModel): string {
  const content = noteContent(note, model)
  switch (model.placement) {
    case 'footnotes':
      return `<a class="fn-call" href="#note-${note.number}" data-note="${note.number}">${note.number}</a>`
    case 'margin':
      return `<sup class="call">${note.number}</sup><span class="margin-note note" id="note-${note.number}"><span class="note-number">${note.number}</span>${content}</span>`
    case 'endnotes':
      return `<sup class="call"><a href="#note-${note.number}">${note.number}</a></sup>`
  }
}

/**
 * A block's inlines; two calls at one spot are kept apart ("13, 14"), as a reader would write them. With
 * `language`, words get soft hyphens (headings are never hyphenated).
 */
function inlinesHtml(inlines: readonly ExportInline[], model: ExportModel, notes: Map<number, ExportNote>, language?: string): string {
  let previousWasCall = false
  return inlines
    .map((inline) => {
      if (inline.kind === 'text') {
        previousWasCall = false
        const text = escapeHtml(language ? hyphenate(inline.text, language) : inline.text)
        if (inline.notes.length === 0) return inline.marked ? `<span class="bare-mark">${text}</span>` : text
        return `<span class="hl${inline.notes.length > 1 ? ' overlap' : ''}" data-notes="${inline.notes.join(' ')}">${text}</span>`
      }
      const note = notes.get(inline.note)
      if (!note) return ''
      const separator = previousWasCall ? '<sup class="call-separator">,\u00a0</sup>' : ''
      previousWasCall = true
      return `${separator}${callHtml(note, model)}`
    })
    .join('')
}

const headingTags = { preamble: 'h2', part: 'h2', chapter: 'h3', article: 'h3' } as const

/** A part's running head: its label and title, e.g. "Part II. The President". */
const runningHead = (block: { label: string; heading: string }) => [block.label, block.heading].filter(Boolean).join('. ')

function blockHtml(block: ExportBlock, model: ExportModel, notes: Map<number, ExportNote>): string {
  switch (block.kind) {
    case 'heading': {
      const tag = headingTags[block.level]
      const label = block.label ? `<span class="unit-label">${escapeHtml(block.label)}${block.heading && block.level !== 'article' ? '.' : ''}</span>` : ''
      const heading = block.inlines.length > 0 ? ` ${inlinesHtml(block.inlines, model, notes)}` : ''
      const head = block.level === 'part' || block.level === 'preamble' ? ` data-running-head="${escapeHtml(runningHead(block))}"` : ''
      return `<${tag} class="${block.level}-title" id="${safeId(block.eId)}"${head}>${label}${heading}</${tag}>`
    }
    case 'text': {
      const label = block.label ? `<span class="unit-label">${escapeHtml(block.label)}</span>` : ''
      const marked = block.inlines.some((inline) => inline.kind === 'text' && inline.marked)
      const classes = [`depth-${Math.min(block.depth, 2)}`, block.isHeading ? 'unit-heading' : '', marked ? 'has-mark' : ''].filter(Boolean).join(' ')
      return `<p class="${classes}">${label}${inlinesHtml(block.inlines, model, notes, model.language)}</p>`
    }
    case 'endnotes':
      if (model.form === 'commentary') return commentaryHtml(block.notes, model, notes)
      return `<div class="endnotes">${block.notes
        .map((number) => notes.get(number))
        .filter((note): note is ExportNote => note !== undefined)
        .map((note) => `<span class="note" id="note-${note.number}"><span class="note-number">${note.number}</span>${noteContent(note, model)}</span>`)
        .join('')}</div>`
  }
}

/** An article's commentary: one paragraph per note, its margin number in the margin, the words it comments on first. */
function commentaryHtml(numbers: readonly number[], model: ExportModel, notes: Map<number, ExportNote>): string {
  const paragraphs = numbers
    .map((number) => notes.get(number))
    .filter((note): note is ExportNote => note !== undefined)
    .map((note) => {
      const lemma = note.lemma ? `<span class="rn-lemma">${escapeHtml(quoted(note.lemma, model.labels))}</span> ` : ''
      return `<div class="rn note" id="note-${note.number}"><span class="rn-number">${note.marginNumber ?? ''}</span>${lemma}${noteContent(note, model)}</div>`
    })
    .join('')
  return `<section class="commentary"><h4 class="commentary-title">${escapeHtml(translate('exportCommentaryOn', {}, model.labels))}</h4>${paragraphs}</section>`
}

/** Names compared as a reader would: the project's title and the document's name are often the same. */
const sameText = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase()

function titlePage(model: ExportModel): string {
  const line = (className: string, text: string) => (text ? `<p class="${className}">${escapeHtml(text)}</p>` : '')
  return `<section class="title-page">
<h1>${escapeHtml(model.title || model.documentName)}</h1>
${line('document-name', model.title && !sameText(model.title, model.documentName) ? model.documentName : '')}
${line('version', model.versionLabel ? translate('exportVersion', { version: model.versionLabel }, model.labels) : '')}
${line('authors', model.authors.join(', '))}
${line('date', model.date)}
</section>`
}

const tocEntry = (entry: TocEntry) => `<li class="toc-${entry.level}"><a href="#${safeId(entry.eId)}"><span class="toc-text">${escapeHtml(entry.text)}</span></a>`

/** The contents, grouped by part: each part's chapters and articles in a list of their own. */
function tableOfContents(model: ExportModel): string {
  const groups: string[] = []
  let inPart = false
  for (const entry of model.toc) {
    const top = entry.level === 'part' || entry.level === 'preamble'
    if (top) {
      if (inPart) groups.push('</ol></li>')
      groups.push(`${tocEntry(entry)}<ol>`)
      inPart = true
    } else groups.push(`${tocEntry(entry)}</li>`)
  }
  if (inPart) groups.push('</ol></li>')
  return `<nav class="toc"><h2>${escapeHtml(translate('exportContents', {}, model.labels))}</h2><ol>\n${groups.join('\n')}\n</ol></nav>`
}

function bibliography(model: ExportModel): string {
  if (model.bibliography.length === 0) return ''
  const title = translate('exportBibliography', {}, model.labels)
  const entries = model.bibliography.map((entry) => `<li>${runsHtml(entry)}</li>`).join('\n')
  return `<section class="bibliography"><h2 data-running-head="${escapeHtml(title)}">${escapeHtml(title)}</h2><ol>\n${entries}\n</ol></section>`
}

/** The footnotes, each dealt onto the page that shows its call (paginate.js). */
function footnotePool(model: ExportModel): string {
  if (model.placement !== 'footnotes' || model.form === 'commentary') return ''
  const notes = model.notes
    .map((note) => `<div class="footnote note" id="note-${note.number}" data-note="${note.number}"><span class="footnote-number">${note.number}.</span> ${noteContent(note, model)}</div>`)
    .join('\n')
  return `<div class="footnote-pool">\n${notes}\n</div>`
}

/** The whole print view for `model`. `nonce` must be fresh for each export (random, base64 or hex). */
export function buildPrintView(model: ExportModel, assets: PrintAssets, nonce: string): string {
  const csp = printViewPolicy(nonce)
  const notes = new Map(model.notes.map((note) => [note.number, note]))
  return `<!doctype html>
<html lang="${escapeHtml(model.labels)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>${escapeHtml(model.title)}</title>
<meta name="author" content="${escapeHtml(model.authors.join(', '))}">
<style>${closeTagSafe(assets.fontFaces, 'style')}</style>
<style>${closeTagSafe(assets.css, 'style')}</style>
<style>${pageCss(model.page, model.placement, model.labels)}</style>
<script nonce="${nonce}">${closeTagSafe(assets.paginateScript, 'script')}</script>
</head>
<body>
<div class="print-source">
${titlePage(model)}
${tableOfContents(model)}
<main class="legal-text" lang="${escapeHtml(model.language)}">
${model.blocks.map((block) => blockHtml(block, model, notes)).join('\n')}
</main>
${bibliography(model)}
</div>
${footnotePool(model)}
</body>
</html>
`
}
