import type { SourceImportReport } from '../../../shared/sources/library'
import { t } from '../i18n'

/** After "Import sources": how many entries were merged into sources already there, and each refused one with why. */
export function ImportReport({ report }: { report: SourceImportReport }) {
  if (report.merged === 0 && report.refused.length === 0) return null
  return (
    <div className="source-import-report" data-testid="source-import-report">
      {report.merged > 0 && <p className="muted">{t('sourcesImportMerged', { count: report.merged })}</p>}
      {report.refused.length > 0 && (
        <>
          <p>{t('sourcesImportRefused', { count: report.refused.length })}</p>
          <ul aria-label={t('sourcesImportRefused', { count: report.refused.length })}>
            {report.refused.map((refusal, index) => (
              <li key={index} data-testid="refused-source">
                <strong>{refusal.entry}</strong>: {t(refusal.reason.code, refusal.reason.params)}
                {refusal.reason.detail && <span className="muted"> ({refusal.reason.detail})</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
