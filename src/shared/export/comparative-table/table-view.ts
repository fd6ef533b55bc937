import { translate } from '../../i18n/translate'
import { quoted } from '../quotes'
import { closeTagSafe, escapeHtml, printViewPolicy } from '../print/escape'
import { pageCounterContent } from '../print/page-css'
import { noteContent, printReadyAttribute } from '../print/print-view'
import type { ComparativeRow, ComparativeTable } from './table'
import type { MarkedParagraph } from './sides'

/**
 * The comparative table's print view: one self-contained HTML page (fonts as data URLs, no network) that
 * Electron's printToPDF and the headless Chromium print, like the publication's print view. A table
 * paginates well in Chromium's own layout (its header row repeats on every page), so no pagedjs here: a
 * script carrying the export's nonce marks the page ready once the fonts are loaded.
 */

function paragraphHtml(paragraph: MarkedParagraph): string {
  const label = paragraph.label ? `<span class="label">${escapeHtml(paragraph.label)}</span> ` : ''
  const runs = paragraph.runs
    .map((run) => {
      const text = escapeHtml(run.text)
      return run.mark === 'removed' ? `<del>${text}</del>` : run.mark === 'added' ? `<ins>${text}</ins>` : text
    })
    .join('')
  return `<p>${label}${runs}</p>`
}

function sideHtml(label: string, paragraphs: MarkedParagraph[], missing: string): string {
  if (paragraphs.length === 0) return `<td><p class="missing">${escapeHtml(missing)}</p></td>`
  return `<td><p class="article">${escapeHtml(label)}</p>${paragraphs.map(paragraphHtml).join('')}</td>`
}

function commentaryHtml(row: ComparativeRow, table: ComparativeTable): string {
  const model = table.notesModel
  if (!model || row.notes.length === 0) return '<td class="commentary"></td>'
  const notes = row.notes.map((note) => {
    const lemma = note.lemma ? `<span class="lemma">${escapeHtml(quoted(note.lemma, table.labels))}</span> ` : ''
    return `<div class="note">${lemma}${noteContent(note, model)}</div>`
  })
  return `<td class="commentary">${notes.join('')}</td>`
}

function css(table: ComparativeTable): string {
  const { page } = table
  const footer = pageCounterContent(translate('exportPageOfPages', { page: '{page}', pages: '{pages}' }, table.labels))
  return `@page { size: ${page.size} landscape; margin: ${page.marginMm}mm ${page.marginMm}mm ${page.marginMm}mm ${page.marginMm}mm;
  @bottom-center { content: ${footer}; font-family: 'PT Serif', serif; font-size: ${Math.max(7, page.fontSizePt - 2)}pt; } }
html { font-family: 'PT Serif', serif; font-size: ${page.fontSizePt}pt; line-height: 1.3; }
body { margin: 0; }
h1 { font-size: 1.4em; text-align: center; margin: 0 0 0.3em; }
.editions { text-align: center; margin: 0 0 1em; font-style: italic; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
thead { display: table-header-group; }
th, td { border: 0.5pt solid #000; padding: 1.5mm 2mm; vertical-align: top; text-align: left; }
th { font-weight: 700; text-align: center; }
th .edition { display: block; font-weight: 400; font-style: italic; font-size: 0.85em; }
col.wording { width: 35%; } col.commentary { width: 30%; }
tr { break-inside: auto; }
td p { margin: 0 0 0.35em; }
p.article { font-weight: 700; text-align: left; }
p.missing { font-style: italic; }
del { text-decoration: line-through; }
ins { text-decoration: none; font-weight: 700; }
.commentary { font-size: 0.9em; }
.note { margin: 0 0 0.5em; }
.lemma { font-weight: 700; }
.small-caps, .note-tags { font-variant: small-caps; }
.note-block { display: block; margin: 0 0 0.15em; }
.note-block.quote { padding-left: 1em; font-style: italic; }
.note-block.item { padding-left: 1em; text-indent: -1em; }
.note-author { font-style: italic; }
.note-reply { display: block; padding-left: 1em; }
.nothing { text-align: center; font-style: italic; }
`
}

/** Keeps embedded text from closing the <style> element that holds it. */

/** The table's print view; `fontFaces` are the shipped fonts' @font-face rules, `nonce` fresh for each export. */
export function buildComparativeTableView(table: ComparativeTable, fontFaces: string, nonce: string): string {
  const csp = printViewPolicy(nonce)
  const ready = `document.fonts.ready.then(function () { document.documentElement.setAttribute('${printReadyAttribute}', '1') })`
  const heading = (text: string, edition: string) => `<th>${escapeHtml(text)}${edition ? `<span class="edition">${escapeHtml(edition)}</span>` : ''}</th>`
  const rows = table.rows.map((row) => `<tr>${sideHtml(row.oldLabel, row.old, table.absent)}${sideHtml(row.newLabel, row.new, table.deleted)}${commentaryHtml(row, table)}</tr>`)
  const body = rows.length > 0 ? rows.join('\n') : `<tr><td colspan="3" class="nothing">${escapeHtml(translate('comparativeTableNoChanges', {}, table.labels))}</td></tr>`
  return `<!doctype html>
<html lang="${escapeHtml(table.labels)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>${escapeHtml(table.title)}</title>
<style>${closeTagSafe(fontFaces, 'style')}</style>
<style>${css(table)}</style>
<script nonce="${nonce}">${ready}</script>
</head>
<body>
<h1>${escapeHtml(table.title)}</h1>
<p class="editions">${escapeHtml(table.oldName)} — ${escapeHtml(table.newName)}</p>
<table lang="${escapeHtml(table.language)}">
<colgroup><col class="wording"><col class="wording"><col class="commentary"></colgroup>
<thead><tr>${heading(table.headings.old, table.oldName)}${heading(table.headings.new, table.newName)}${heading(table.headings.commentary, '')}</tr></thead>
<tbody>
${body}
</tbody>
</table>
</body>
</html>
`
}
