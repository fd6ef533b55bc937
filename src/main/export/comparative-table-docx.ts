import { AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type ParagraphChild } from 'docx'
import type { ComparativeRow, ComparativeTable, MarkedParagraph } from '../../shared/export/comparative-table'
import { quoted } from '../../shared/export/quotes'
import { translate } from '../../shared/i18n/translate'
import { docxFontName, loadDocxFont, type DocxFont } from './docx-fonts'
import { noteParagraphs, noteStyle, runMaker, wordLanguage, type Runs } from './docx'

/**
 * The comparative table as a Word file: a three-column table whose header row repeats on every page, removed
 * words struck through and added words in bold, the commentary column written by the Word export's own note
 * paragraphs (so a note reads as it does in the annotated Word file).
 */

const mmToTwip = (mm: number) => Math.round((mm / 25.4) * 1440)
const pageSizes = { A4: { width: mmToTwip(210), height: mmToTwip(297) }, Letter: { width: 12240, height: 15840 } }

/** Runs for the legal text without a publication model: labels and text in the table's languages. */
function plainRuns(table: ComparativeTable): Pick<Runs, 'text' | 'label'> {
  const language = { value: wordLanguage(table.language) }
  const labelLanguage = { value: wordLanguage(table.labels) }
  return {
    text: (options) => new TextRun({ ...options, language }),
    label: (options) => new TextRun({ ...options, language: labelLanguage })
  }
}

function paragraphOf(paragraph: MarkedParagraph, runs: Pick<Runs, 'text' | 'label'>): Paragraph {
  const children: ParagraphChild[] = paragraph.label ? [runs.text({ text: `${paragraph.label} ` })] : []
  for (const run of paragraph.runs) children.push(runs.text({ text: run.text, ...(run.mark === 'removed' ? { strike: true } : run.mark === 'added' ? { bold: true } : {}) }))
  return new Paragraph({ spacing: { after: 80 }, children })
}

function sideCell(label: string, paragraphs: MarkedParagraph[], missing: string, runs: Pick<Runs, 'text' | 'label'>): TableCell {
  if (paragraphs.length === 0) return new TableCell({ children: [new Paragraph({ children: [runs.label({ text: missing, italics: true })] })] })
  return new TableCell({ children: [new Paragraph({ spacing: { after: 80 }, children: [runs.text({ text: label, bold: true })] }), ...paragraphs.map((paragraph) => paragraphOf(paragraph, runs))] })
}

function commentaryCell(row: ComparativeRow, table: ComparativeTable, size: number): TableCell {
  const model = table.notesModel
  if (!model || row.notes.length === 0) return new TableCell({ children: [new Paragraph({})] })
  const runs = runMaker(model)
  return new TableCell({
    children: row.notes.flatMap((note) => noteParagraphs(note, model, size, runs, { lead: note.lemma ? [runs.label({ text: `${quoted(note.lemma, table.labels)} `, bold: true, size })] : [] }))
  })
}

/** The table's Word file; with `font` (PT Serif) embedded, as the Word export does. */
export async function comparativeTableDocx(table: ComparativeTable, font: DocxFont | null = loadDocxFont().font): Promise<Uint8Array> {
  const size = Math.round(table.page.fontSizePt * 2)
  const noteSize = Math.round(size * 0.9)
  const runs = plainRuns(table)
  const margin = mmToTwip(table.page.marginMm)
  const { width, height } = pageSizes[table.page.size]
  const [before, after] = translate('exportPageOfPages', { page: '\u0000', pages: '\u0001' }, table.labels).split('\u0000') as [string, string]
  const [between, end] = after.split('\u0001') as [string, string]
  const footer = new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [runs.label({ children: [before, PageNumber.CURRENT, between, PageNumber.TOTAL_PAGES, end], size: size - 4 })] })] })
  const headerCell = (text: string, edition: string) =>
    new TableCell({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [runs.label({ text, bold: true }), ...(edition ? [runs.label({ text: edition, italics: true, break: 1, size: size - 2 })] : [])] })] })
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: [headerCell(table.headings.old, table.oldName), headerCell(table.headings.new, table.newName), headerCell(table.headings.commentary, '')] })
  const rows =
    table.rows.length > 0
      ? table.rows.map((row) => new TableRow({ children: [sideCell(row.oldLabel, row.old, table.absent, runs), sideCell(row.newLabel, row.new, table.deleted, runs), commentaryCell(row, table, noteSize)] }))
      : [new TableRow({ children: [new TableCell({ columnSpan: 3, children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [runs.label({ text: translate('comparativeTableNoChanges', {}, table.labels), italics: true })] })] })] })]
  const document = new Document({
    title: table.title,
    subject: `${table.oldName} — ${table.newName}`,
    styles: {
      default: { document: { run: { font: docxFontName, size, language: { value: wordLanguage(table.language) } } } },
      paragraphStyles: [{ id: noteStyle, name: 'Glossa Note', basedOn: 'Normal', quickFormat: true, run: { size: noteSize } }]
    },
    fonts: font ? [font] : undefined,
    sections: [
      {
        properties: { page: { size: { width, height, orientation: PageOrientation.LANDSCAPE }, margin: { top: margin, bottom: margin, left: margin, right: margin } } },
        footers: { default: footer },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [runs.label({ text: table.title })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [runs.label({ text: `${table.oldName} — ${table.newName}`, italics: true })] }),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, columnWidths: [35, 35, 30].map((share) => Math.round(((height - 2 * margin) * share) / 100)), rows: [header, ...rows] })
        ]
      }
    ]
  })
  return new Uint8Array(await Packer.toBuffer(document))
}
