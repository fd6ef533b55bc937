import { AlignmentType, Bookmark, BorderStyle, InternalHyperlink, PageReference, Tab, Document, ExternalHyperlink, Footer, FootnoteReferenceRun, Header, HeadingLevel, Packer, PageNumber, Paragraph, TableOfContents, TextRun, UnderlineType, type ISectionOptions, type ParagraphChild } from 'docx'
import type { ExportBlock, ExportInline, ExportModel, ExportNote } from '../../shared/export/model'
import { quoted } from '../../shared/export/quotes'
import type { RichBlock, RichRun } from '../../shared/export/rich-text'
import { localeFor } from '../../shared/i18n/locale'
import { translate } from '../../shared/i18n/translate'
import { docxFontName, loadDocxFont, type DocxFont } from './docx-fonts'

/**
 * Word export with the docx package, drawn from the same publication model as the PDF. Commentary becomes
 * real Word footnotes (w:footnoteReference in the text, w:footnote in footnotes.xml); with placement
 * "endnotes" it follows each article. Word has no margin notes, so "margin" also gives footnotes. Each part
 * is its own section so its header carries the part title; the contents is a Word TOC field (docx writes
 * its entries, Word updates the page numbers when the file opens).
 */

const mmToTwip = (mm: number) => Math.round((mm / 25.4) * 1440)
const pageSizes = { A4: { width: mmToTwip(210), height: mmToTwip(297) }, Letter: { width: 12240, height: 15840 } }

/** The Word language tag (w:lang) of a publication language or a document's language tag. */
export function wordLanguage(tag: string): string {
  const locale = localeFor(tag)
  return locale === 'kk' ? 'kk-KZ' : locale === 'ru' ? 'ru-RU' : 'en-GB'
}

type RunOptions = Exclude<ConstructorParameters<typeof TextRun>[0], string>

/**
 * How every run of one export is made: each carries its w:lang (the legal text's language, or the
 * publication's for labels and commentary), so Word's spelling and hyphenation know the language.
 */
export interface Runs {
  text(options: RunOptions): TextRun
  label(options: RunOptions): TextRun
  styled(runs: readonly RichRun[], size: number): ParagraphChild[]
}

export function runMaker(model: ExportModel): Runs {
  const textLanguage = { value: wordLanguage(model.language) }
  const labelLanguage = { value: wordLanguage(model.labels) }
  const label = (options: RunOptions) => new TextRun({ ...options, language: labelLanguage })
  return {
    text: (options) => new TextRun({ ...options, language: textLanguage }),
    label,
    styled: (runs, size) =>
      runs.map((run) => {
        const text = label({ text: run.text, bold: run.bold, italics: run.italic, smallCaps: run.smallCaps, superScript: run.superscript, subScript: run.subscript, size })
        return run.href ? new ExternalHyperlink({ link: run.href, children: [text] }) : text
      })
  }
}

function richRuns(block: RichBlock, size: number, runs: Runs): ParagraphChild[] {
  const marker = block.marker ? [runs.label({ text: `${block.marker} `, size })] : []
  return [...marker, ...runs.styled(block.runs, size)]
}

/** A Word bookmark name for a unit: letters, digits and underscores, starting with a letter, at most 40. */
export function bookmarkId(eId: string): string {
  return `u_${eId.replace(/[^A-Za-z0-9_]/g, '_')}`.slice(0, 40)
}

/** "See Article 19, p. 12": internal links to the articles a note refers to, with Word's page reference. */
function linkRuns(note: ExportNote, model: ExportModel, size: number, runs: Runs): ParagraphChild[] {
  if (note.links.length === 0) return []
  const children: ParagraphChild[] = [runs.label({ text: ` ${translate('exportSee', {}, model.labels)} `, size })]
  note.links.forEach((link, index) => {
    if (index > 0) children.push(runs.label({ text: ', ', size }))
    if (!link.inExport) return void children.push(runs.label({ text: link.label, size }))
    children.push(new InternalHyperlink({ anchor: bookmarkId(link.eId), children: [runs.label({ text: link.label, size })] }))
    children.push(runs.label({ text: `, ${translate('exportPageShort', {}, model.labels)}\u00a0`, size }), new PageReference(bookmarkId(link.eId)))
  })
  children.push(runs.label({ text: '.', size }))
  return children
}

/** A note's paragraphs: tags and author, commentary, citation and quotes, replies. */
export function noteParagraphs(note: ExportNote, model: ExportModel, size: number, runs: Runs, opening: { lead?: ParagraphChild[]; style?: string } = {}): Paragraph[] {
  const lead: ParagraphChild[] = [
    ...(opening.lead ?? []),
    ...(model.showTags && note.tags.length > 0 ? [runs.label({ text: `[${note.tags.join('; ')}] `, smallCaps: true, size })] : []),
    ...(note.author ? [runs.label({ text: `${note.author}: `, italics: true, size })] : [])
  ]
  const [first, ...rest] = note.body
  const quotes = note.quotes.map((quote) => quoted(quote, model.labels)).join(' ')
  const citation = note.citation.length > 0 || quotes ? [[...runs.styled(note.citation, size), ...(quotes ? [runs.label({ text: `${note.citation.length > 0 ? ' ' : ''}${quotes}`, size })] : [])]] : []
  // A note with no commentary starts with its citation, in the same paragraph as its number.
  const firstRuns = [...(first ? richRuns(first, size, runs) : []), ...(rest.length === 0 ? linkRuns(note, model, size, runs) : []), ...(first ? [] : (citation.shift() ?? []))]
  return [
    new Paragraph({ style: opening.style ?? noteStyle, children: [...lead, ...firstRuns] }),
    ...rest.map((block, index) => new Paragraph({ style: noteStyle, children: [...richRuns(block, size, runs), ...(index === rest.length - 1 ? linkRuns(note, model, size, runs) : [])], indent: block.kind === 'paragraph' ? undefined : { left: 360 } })),
    ...citation.map((children) => new Paragraph({ style: noteStyle, children })),
    ...note.replies.flatMap((reply) =>
      [new Paragraph({ style: noteStyle, children: [runs.label({ text: reply.author ? translate('exportReplyBy', { author: reply.author }, model.labels) : translate('exportReply', {}, model.labels), italics: true, size })], indent: { left: 360 } })].concat(
        reply.body.map((block) => new Paragraph({ style: noteStyle, children: richRuns(block, size, runs), indent: { left: 360 } }))
      )
    )
  ]
}

/** A commentary paragraph: its margin number hanging in the margin, the words it comments on in bold, then the note. */
function commentaryParagraphs(note: ExportNote, model: ExportModel, runs: Runs): Paragraph[] {
  const size = Math.round(model.page.fontSizePt * 2)
  const lead = [runs.label({ text: `${note.marginNumber ?? ''}`, bold: true, size }), runs.label({ children: [new Tab()], size }), ...(note.lemma ? [runs.label({ text: `${quoted(note.lemma, model.labels)} `, bold: true, size })] : [])]
  return noteParagraphs(note, model, size, runs, { lead, style: commentaryStyle })
}

const headingLevels = { preamble: HeadingLevel.HEADING_1, part: HeadingLevel.HEADING_1, chapter: HeadingLevel.HEADING_2, article: HeadingLevel.HEADING_3 }

/** The legal text's runs: highlights underlined and shaded (they read in greyscale print too), calls as footnote references. */
function inlineRuns(inlines: readonly ExportInline[], model: ExportModel, runs: Runs): ParagraphChild[] {
  const children: ParagraphChild[] = []
  let previousWasCall = false
  for (const inline of inlines) {
    if (inline.kind === 'call') {
      // Two calls at one spot stay apart: "13, 14".
      if (previousWasCall) children.push(runs.text({ text: ',\u00a0', superScript: true }))
      if (model.placement !== 'endnotes') children.push(new FootnoteReferenceRun(inline.note))
      else children.push(runs.text({ text: String(inline.note), superScript: true }))
      previousWasCall = true
      continue
    }
    previousWasCall = false
    if (inline.notes.length > 0) children.push(runs.text({ text: inline.text, underline: { type: inline.notes.length > 1 ? UnderlineType.DOUBLE : UnderlineType.SINGLE }, shading: { fill: 'EEEEEE' } }))
    else if (inline.marked) children.push(runs.text({ text: inline.text, shading: { fill: 'EEEEEE' } }))
    else children.push(runs.text({ text: inline.text }))
  }
  return children
}

function blockParagraphs(block: ExportBlock, model: ExportModel, notes: Map<number, ExportNote>, noteSize: number, runs: Runs): Paragraph[] {
  switch (block.kind) {
    case 'heading': {
      const label = block.label ? [runs.text({ text: block.heading ? `${block.label}. ` : block.label })] : []
      // Each heading is a bookmark, so notes that refer to the unit link to it and give its page.
      const children = [...label, ...inlineRuns(block.inlines, model, runs)]
      return [new Paragraph({ heading: headingLevels[block.level], alignment: block.level === 'article' ? undefined : AlignmentType.CENTER, children: [new Bookmark({ id: bookmarkId(block.eId), children })] })]
    }
    case 'text': {
      const label: ParagraphChild[] = block.label ? [runs.text({ text: `${block.label} ` })] : []
      const marked = block.inlines.some((inline) => inline.kind === 'text' && inline.marked)
      return [
        new Paragraph({
          children: [...label, ...inlineRuns(block.inlines, model, runs)],
          indent: block.depth > 0 ? { left: 567 * Math.min(block.depth, 2) } : undefined,
          style: legalTextStyle,
          // A highlight with nothing to say: a rule in the margin beside the paragraph, as in the PDF.
          border: marked ? { left: { style: BorderStyle.SINGLE, size: 12, color: '000000', space: 8 } } : undefined
        })
      ]
    }
    case 'endnotes':
      return block.notes.flatMap((number) => {
        const note = notes.get(number)
        if (!note) return []
        return model.form === 'commentary' ? commentaryParagraphs(note, model, runs) : noteParagraphs(note, model, noteSize, runs, { lead: [runs.label({ text: `${note.number} `, bold: true, size: noteSize })] })
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

/** Named paragraph styles a journal can restyle in one place. */
export const noteStyle = 'GlossaNote'
const legalTextStyle = 'GlossaLegalText'
const bibliographyStyle = 'GlossaBibliography'
const commentaryStyle = 'GlossaCommentary'

/**
 * Builds the Word document for `model` and returns its bytes. With `font` (PT Serif's TrueType faces) the
 * file embeds it, so it looks the same on a machine without PT Serif; without, Word substitutes its own
 * serif for the named font (the caller says why the font was not embedded).
 */
export async function buildDocx(model: ExportModel, font: DocxFont | null = loadDocxFont().font): Promise<Uint8Array> {
  const size = Math.round(model.page.fontSizePt * 2)
  const noteSize = Math.round(size * 0.82)
  const notes = new Map(model.notes.map((note) => [note.number, note]))
  const runs = runMaker(model)
  const say = (key: Parameters<typeof translate>[0], params: Record<string, string> = {}) => translate(key, params, model.labels)
  const margin = mmToTwip(model.page.marginMm)
  const page = { size: pageSizes[model.page.size], margin: { top: margin, bottom: margin, left: margin, right: margin } }
  const [before, after] = say('exportPageOfPages', { page: '\u0000', pages: '\u0001' }).split('\u0000') as [string, string]
  const [between, end] = after.split('\u0001') as [string, string]
  const footer = new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [runs.label({ children: [before, PageNumber.CURRENT, between, PageNumber.TOTAL_PAGES, end], size: size - 4 })] })]
  })
  const title = model.title || model.documentName
  const sameAsTitle = model.documentName.trim().toLocaleLowerCase() === title.trim().toLocaleLowerCase()
  const front: ISectionOptions = {
    properties: { page },
    children: [
      new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, spacing: { before: 3000 }, children: [runs.label({ text: title })] }),
      ...[sameAsTitle ? '' : model.documentName, model.versionLabel ? say('exportVersion', { version: model.versionLabel }) : '', model.authors.join(', '), model.date]
        .filter(Boolean)
        .map((line) => new Paragraph({ alignment: AlignmentType.CENTER, children: [runs.label({ text: line })] })),
      // The contents' title is a plain paragraph: a heading style would list it in the contents itself.
      new Paragraph({ pageBreakBefore: true, spacing: { after: 240 }, children: [runs.label({ text: say('exportContents'), bold: true, size: size + 6 })] }),
      new TableOfContents(say('exportContents'), { hyperlink: true, headingStyleRange: '1-3' })
    ]
  }
  const header = (text: string) => new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [runs.label({ text, italics: true, size: size - 4 })] })] })
  const parts: ISectionOptions[] = byPart(model.blocks).map((group) => ({
    properties: { page },
    headers: { default: header(group.title) },
    footers: { default: footer },
    children: group.blocks.flatMap((block) => blockParagraphs(block, model, notes, noteSize, runs))
  }))
  const bibliography: ISectionOptions[] =
    model.bibliography.length === 0
      ? []
      : [
          {
            properties: { page },
            headers: { default: header(say('exportBibliography')) },
            footers: { default: footer },
            children: [
              new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: [runs.label({ text: say('exportBibliography') })] }),
              ...model.bibliography.map((entry) => new Paragraph({ style: bibliographyStyle, children: runs.styled(entry, size) }))
            ]
          }
        ]
  const footnotes = model.placement === 'endnotes' || model.form === 'commentary' ? {} : Object.fromEntries(model.notes.map((note) => [note.number, { children: noteParagraphs(note, model, noteSize, runs) }]))
  const document = new Document({
    title: model.title,
    creator: model.authors.join(', '),
    subject: model.documentName,
    features: { updateFields: true },
    styles: {
      default: { document: { run: { font: docxFontName, size, language: { value: wordLanguage(model.language) } } } },
      paragraphStyles: [
        { id: legalTextStyle, name: 'Glossa Legal Text', basedOn: 'Normal', quickFormat: true, paragraph: { alignment: AlignmentType.JUSTIFIED } },
        { id: noteStyle, name: 'Glossa Note', basedOn: 'Normal', quickFormat: true, run: { size: noteSize } },
        { id: commentaryStyle, name: 'Glossa Commentary', basedOn: 'Normal', quickFormat: true, paragraph: { indent: { left: 567, hanging: 567 }, alignment: AlignmentType.JUSTIFIED } },
        { id: bibliographyStyle, name: 'Glossa Bibliography', basedOn: 'Normal', quickFormat: true, paragraph: { indent: { left: 567, hanging: 567 } } }
      ]
    },
    fonts: font ? [font] : undefined,
    footnotes,
    sections: [front, ...parts, ...bibliography]
  })
  return new Uint8Array(await Packer.toBuffer(document))
}
