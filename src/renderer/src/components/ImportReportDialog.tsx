import { useState } from 'react'
import type { ImportedText } from '../../../shared/ipc'
import { unitPreview } from '../../../shared/import/preview'
import type { ImportWarning } from '../../../shared/import/report'
import { formatAndLanguage, structureSummary, warningText } from '../../../shared/import/summary'
import { t } from '../i18n'
import { Modal } from './Modal'

interface Props {
  imported: ImportedText
  replacesText: boolean
  onConfirm: () => void
  onClose: () => void
}

/** One warning; "Show" opens the unit it concerns, so the user can judge it before creating anything. */
function WarningItem({ warning, doc }: { warning: ImportWarning; doc: ImportedText['doc'] }) {
  const [open, setOpen] = useState(false)
  const preview = warning.eId ? unitPreview(doc, warning.eId) : undefined
  return (
    <li>
      <span>{warningText(warning)}</span>
      {preview && (
        <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {t('importReportShowUnit')}
        </button>
      )}
      {open && preview && (
        <blockquote className="report-preview" data-testid="warning-preview">
          <strong>{preview.label}</strong> {preview.text || t('importReportPreviewEmpty')}
        </blockquote>
      )}
    </li>
  )
}

/** What the importer found, shown before anything is created: "Preamble, 11 parts, 95 articles". */
export function ImportReportDialog({ imported, replacesText, onConfirm, onClose }: Props) {
  const { report } = imported
  return (
    <Modal title={t('importReportTitle')} onClose={onClose}>
      <p className="report-file">{imported.fileName}</p>
      <p className="report-summary" data-testid="import-summary">
        {structureSummary(report.counts)}
      </p>
      <p className="muted" data-testid="import-format">
        {formatAndLanguage(report)}
      </p>
      {report.warnings.length === 0 ? (
        <p>{t('importReportNoWarnings')}</p>
      ) : (
        <details open>
          <summary>{t('importReportWarnings', { count: report.warnings.length })}</summary>
          <ul className="report-warnings">
            {report.warnings.map((warning, index) => (
              <WarningItem key={index} warning={warning} doc={imported.doc} />
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
