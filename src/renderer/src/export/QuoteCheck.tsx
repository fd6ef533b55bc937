import { useMemo } from 'react'
import type { Annotation } from '../../../shared/annotations/types'
import type { ProjectFile } from '../../../shared/project/schema'
import { missingQuotes } from '../../../shared/sources/passages'
import { t } from '../i18n'

/** Before export: the quoted passages that their source's archived text no longer holds, if any. */
export function QuoteCheck({ project }: { project: ProjectFile }) {
  const missing = useMemo(() => missingQuotes(project.annotations as Annotation[], project.sources), [project.annotations, project.sources])
  if (missing.length === 0) return null
  const titles = new Map(project.sources.map((source) => [source.id, source.title ?? source.id]))
  return (
    <div className="warning-text" role="alert" data-testid="quote-check">
      <p>{t('exportQuotesMissing', { count: missing.length })}</p>
      <ul>
        {missing.map((quote, index) => (
          <li key={index}>{t('exportQuoteMissingLine', { source: titles.get(quote.sourceId) ?? quote.sourceId, quote: quote.quote })}</li>
        ))}
      </ul>
    </div>
  )
}
