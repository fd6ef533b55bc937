import type { ImportedText } from '../../../shared/ipc'
import type { ImportWarning } from '../../../shared/import/report'
import type { MessageKey } from '../../../shared/i18n/translate'
import { t } from '../i18n'
import { Modal } from './Modal'

interface Props {
  imported: ImportedText
  replacesText: boolean
  onConfirm: () => void
  onClose: () => void
}

const warningKeys: Record<ImportWarning['code'], MessageKey> = {
  numberingGap: 'warningNumberingGap',
  numberingRepeat: 'warningNumberingRepeat',
  numberingOrder: 'warningNumberingOrder',
  emptyArticle: 'warningEmptyArticle',
  textOutsideArticle: 'warningTextOutsideArticle'
}

const unitKeys: Record<string, MessageKey> = { part: 'unitPart', article: 'unitArticle' }

function warningText(warning: ImportWarning): string {
  const kind = typeof warning.params['kind'] === 'string' ? t(unitKeys[warning.params['kind']] ?? 'unitArticle') : ''
  return t(warningKeys[warning.code], { ...warning.params, kind })
}

/** What the importer found, shown before anything is created: "Preamble, 11 parts, 95 articles". */
export function structureSummary(counts: ImportedText['report']['counts']): string {
  const parts = [
    counts.preamble ? t('importReportCountsPreamble') : null,
    counts.parts ? t('importReportCountsParts', { count: counts.parts }) : null,
    counts.chapters ? t('importReportCountsChapters', { count: counts.chapters }) : null,
    t('importReportCountsArticles', { count: counts.articles }),
    counts.clauses ? t('importReportCountsClauses', { count: counts.clauses }) : null
  ]
  return parts.filter(Boolean).join(', ')
}

export function ImportReportDialog({ imported, replacesText, onConfirm, onClose }: Props) {
  const { report } = imported
  return (
    <Modal title={t('importReportTitle')} onClose={onClose}>
      <p className="report-file">{imported.fileName}</p>
      <p className="report-summary" data-testid="import-summary">
        {structureSummary(report.counts)}
      </p>
      <p className="muted">{t('importReportFormat', { format: report.format, language: report.language })}</p>
      {report.warnings.length === 0 ? (
        <p>{t('importReportNoWarnings')}</p>
      ) : (
        <details open>
          <summary>{t('importReportWarnings', { count: report.warnings.length })}</summary>
          <ul className="report-warnings">
            {report.warnings.map((warning, index) => (
              <li key={index}>{warningText(warning)}</li>
            ))}
          </ul>
        </details>
      )}
      {replacesText && <p className="warning-text">{t('importReplaceWarning')}</p>}
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          {t('cancel')}
        </button>
        <button type="button" className="primary" onClick={onConfirm} autoFocus>
          {t('importReportConfirm')}
        </button>
      </div>
    </Modal>
  )
}
