import { translate, type MessageKey } from '../i18n/translate'
import type { ImportFormat, ImportReport, ImportWarning, StructureCounts } from './report'

/**
 * The words of an import report, shared by the import dialog and the import-report script so that both
 * say the same thing: "Preamble, 11 parts, 95 articles, 143 clauses".
 */

/** The structure in one line; clauses are counted, sub-points only shown in the details. */
export function structureSummary(counts: StructureCounts): string {
  const parts = [
    counts.preamble ? translate('importReportCountsPreamble') : null,
    counts.parts ? translate('importReportCountsParts', { count: counts.parts }) : null,
    counts.chapters ? translate('importReportCountsChapters', { count: counts.chapters }) : null,
    translate('importReportCountsArticles', { count: counts.articles }),
    counts.clauses ? translate('importReportCountsClauses', { count: counts.clauses }) : null
  ]
  return parts.filter(Boolean).join(', ')
}

const warningKeys: Record<ImportWarning['code'], MessageKey> = {
  numberingGap: 'warningNumberingGap',
  numberingRepeat: 'warningNumberingRepeat',
  numberingOrder: 'warningNumberingOrder',
  emptyArticle: 'warningEmptyArticle',
  textOutsideArticle: 'warningTextOutsideArticle',
  aknAttachmentKept: 'warningAknAttachmentKept',
  aknIdsGenerated: 'warningAknIdsGenerated',
  aknNotUsed: 'warningAknNotUsed',
  contentsLeftOut: 'warningContentsLeftOut',
  titlePageLeftOut: 'warningTitlePageLeftOut',
  backMatterLeftOut: 'warningBackMatterLeftOut'
}

const unitKeys: Record<string, MessageKey> = { part: 'unitPart', article: 'unitArticle' }

/** One warning as a sentence: "Article 7 follows 5: 6–6 missing". */
export function warningText(warning: ImportWarning): string {
  const kind = typeof warning.params['kind'] === 'string' ? translate(unitKeys[warning.params['kind']] ?? 'unitArticle') : ''
  return translate(warningKeys[warning.code], { ...warning.params, kind })
}

const formatKeys: Record<ImportFormat, MessageKey> = {
  text: 'importFormatText',
  markdown: 'importFormatMarkdown',
  html: 'importFormatHtml',
  docx: 'importFormatDocx',
  pdf: 'importFormatPdf',
  akn: 'importFormatAkn',
  clipboard: 'importFormatClipboard'
}

const languageKeys: Record<string, MessageKey> = { en: 'languageEn', ru: 'languageRu', kk: 'languageKk' }

/** "Format: PDF, language: Kazakh". */
export function formatAndLanguage(report: ImportReport): string {
  return translate('importReportFormat', {
    format: translate(formatKeys[report.format] ?? 'importFormatText'),
    language: languageKeys[report.language] ? translate(languageKeys[report.language]!) : report.language
  })
}
