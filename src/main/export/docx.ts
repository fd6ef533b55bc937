import { AlignmentType, Document, ExternalHyperlink, Footer, FootnoteReferenceRun, Header, HeadingLevel, Packer, PageNumber, Paragraph, TableOfContents, TextRun, UnderlineType, type ISectionOptions, type ParagraphChild } from 'docx'
import type { ExportBlock, ExportModel, ExportNote } from '../../shared/export/model'
import type { RichBlock } from '../../shared/export/rich-text'
import { translate } from '../../shared/i18n/translate'

/**
 * Word export with the docx package, drawn from the same publication model as the PDF. Commentary becomes
 * real Word footnotes (w:footnoteReference in the text, w:footnote in footnotes.xml); with placement
 * "endnotes" it follows each article. Word has no margin notes, so "margin" also gives footnotes. Each part
 * is its own section so its header carries the part title; the contents is a Word TOC field (docx writes
 * its entries, Word updates the page numbers when the file opens).
 */

const mmToTwip = (mm: number) => Math.round((mm / 25.4) * 1440)
const pageSizes = { A4: { width: mmToTwip(210), height: mmToTwip(297) }, Letter: { width: 12240, height: 15840 } }

function richRuns(block: RichBlock, size: number): ParagraphChild[] {
  const marker = block.marker ? [new TextRun({ text: `${block.marker} `, size })] : []
  return [
    ...marker,
    ...block.runs.map((run) => {
      const text = new TextRun({ text: run.text, bold: run.bold, italics: run.italic, size })
      return run.href ? new ExternalHyperlink({ link: run.href, children: [text] }) : text
    })
  ]
}

/** A note's paragraphs: tags and author, commentary, citations, replies. */
function noteParagraphs(note: ExportNote, model: ExportModel, size: number, numbered: boolean): Paragraph[] {
  const lead: ParagraphChild[] = [
    ...(numbered ? [new TextRun({ text: `${note.number} `, bold: true, size })] : []),
    ...(model.showTags && note.tags.length > 0 ? [new TextRun({ text: `[${note.tags.join('; ')}] `, smallCaps: true, size })] : []),
    new TextRun({ text: `${note.author}: `, italics: true, size })
  ]
  const [first, ...rest] = note.body
  return [
    new Paragraph({ children: [...lead, ...(first ? richRuns(first, size) : [])] }),
    ...rest.map((block) => new Paragraph({ children: richRuns(block, size), indent: block.kind === 'paragraph' ? undefined : { left: 360 } })),
    ...note.citations.map((citation) => new Paragraph({ children: [new TextRun({ text: citation, size })] })),
    ...note.replies.flatMap((reply) =>
      [new Paragraph({ children: [new TextRun({ text: translate('exportReplyBy', { author: reply.author }), italics: true, size })], indent: { left: 360 } })].concat(
        reply.body.map((block) => new Paragraph({ children: richRuns(block, size), indent: { left: 360 } }))
      )
    )
  ]
}

const headingLevels = { preamble: HeadingLevel.HEADING_1, part: HeadingLevel.HEADING_1, chapter: HeadingLevel.HEADING_2, article: HeadingLevel.HEADING_3 }

function blockParagraphs(block: ExportBlock, model: ExportModel, notes: Map<number, ExportNote>, noteSize: number): Paragraph[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: headingLevels[block.level], alignment: block.level === 'article' ? undefined : AlignmentType.CENTER, children: [new TextRun([block.label, block.heading].filter(Boolean).join('. '))] })]
    case 'text': {
      const children: ParagraphChild[] = block.label ? [new TextRun(`${block.label} `)] : []
      for (const inline of block.inlines) {
        if (inline.kind === 'call') {
          if (model.placement !== 'endnotes') children.push(new FootnoteReferenceRun(inline.note))
          else children.push(new TextRun({ text: String(inline.note), superScript: true }))
        } else if (inline.notes.length > 0) {
          // Underlined and shaded: the highlight reads in greyscale print too.
          children.push(new TextRun({ text: inline.text, underline: { type: inline.notes.length > 1 ? UnderlineType.DOUBLE : UnderlineType.SINGLE }, shading: { fill: 'EEEEEE' } }))
        } else children.push(new TextRun(inline.text))
      }
      return [new Paragraph({ children, indent: block.depth > 0 ? { left: 567 * Math.min(block.depth, 2) } : undefined, alignment: AlignmentType.JUSTIFIED })]
    }
    case 'endnotes':
      return block.notes.flatMap((number) => {
        const note = notes.get(number)
        return note ? noteParagraphs(note, model, noteSize, true) : []
      })
  }
}

/** Splits the blocks into runs that start at each part (or preamble) heading, for one section each. */
function byPart(blocks: ExportBlock[]): { title: string; blocks: ExportBlock[] }[] {
  const groups: { title: string; blocks: ExportBlock[] }[] = []
  for (const block of blocks) {
    if (block.kind === 'heading' && (block.level === 'part' || block.level === 'preamble')) groups.push({ title: [block.label, block.heading].filter(Boolean).join('. '), blocks: [] })
    if (groups.length === 0) groups.push({ title: '', blocks: [] })
    groups[groups.length - 1]!.blocks.push(block)
  }
  return groups
}

/** Builds the Word document for `model` and returns its bytes. */
export async function buildDocx(model: ExportModel): Promise<Uint8Array> {
  const size = Math.round(model.page.fontSizePt * 2)
  const noteSize = Math.round(size * 0.82)
  const notes = new Map(model.notes.map((note) => [note.number, note]))
  const margin = mmToTwip(model.page.marginMm)
  const page = { size: pageSizes[model.page.size], margin: { top: margin, bottom: margin, left: margin, right: margin } }
  const [before, after] = translate('exportPageOfPages', { page: '\u0000', pages: '\u0001' }).split('\u0000') as [string, string]
  const [between, end] = after.split('\u0001') as [string, string]
  const footer = new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [before, PageNumber.CURRENT, between, PageNumber.TOTAL_PAGES, end], size: size - 4 })] })]
  })
  const front: ISectionOptions = {
    properties: { page },
    children: [
      new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, spacing: { before: 3000 }, children: [new TextRun(model.title)] }),
      ...[model.documentName, model.versionLabel ? translate('exportVersion', { version: model.versionLabel }) : '', model.authors.join(', '), model.date]
        .filter(Boolean)
        .map((line) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(line)] })),
      new Paragraph({ pageBreakBefore: true, children: [] }),
      new TableOfContents(translate('exportContents'), { hyperlink: true, headingStyleRange: '1-3' })
    ]
  }
  const parts: ISectionOptions[] = byPart(model.blocks).map((group) => ({
    properties: { page },
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: group.title, italics: true, size: size - 4 })] })] }) },
    footers: { default: footer },
    children: group.blocks.flatMap((block) => blockParagraphs(block, model, notes, noteSize))
  }))
  const bibliography: ISectionOptions[] =
    model.bibliography.length === 0
      ? []
      : [
          {
            properties: { page },
            // An empty header: the last part's title must not run on over the bibliography.
            headers: { default: new Header({ children: [new Paragraph({ children: [] })] }) },
            footers: { default: footer },
            children: [
              new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: [new TextRun(translate('exportBibliography'))] }),
              ...model.bibliography.map((entry) => new Paragraph({ indent: { left: 567, hanging: 567 }, children: [new TextRun(entry)] }))
            ]
          }
        ]
  const footnotes = model.placement === 'endnotes' ? {} : Object.fromEntries(model.notes.map((note) => [note.number, { children: noteParagraphs(note, model, noteSize, false) }]))
  const document = new Document({
    title: model.title,
    creator: model.authors.join(', '),
    subject: model.documentName,
    features: { updateFields: true },
    styles: { default: { document: { run: { font: 'PT Serif', size } } } },
    footnotes,
    sections: [front, ...parts, ...bibliography]
  })
  return new Uint8Array(await Packer.toBuffer(document))
}
