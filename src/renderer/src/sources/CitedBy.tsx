import type { Annotation } from '../../../shared/annotations/types'
import { citationsOf } from '../../../shared/sources/library'
import { t } from '../i18n'
import { locatorLabelNames } from './source-labels'

interface Props {
  sourceId: string
  annotations: readonly Annotation[]
  /** How an article is named ("Article 19"), from its eId. */
  articleLabel: (eId: string) => string
  onOpenAnnotation?: (id: string) => void
}

/** Every annotation that cites a source: where it is, what it annotates, the pinpoints it cites and the passages it quotes. */
export function CitedBy({ sourceId, annotations, articleLabel, onOpenAnnotation }: Props) {
  const citing = citationsOf(annotations, sourceId)
  if (citing.length === 0) return <p className="muted">{t('sourcesCitedByNone')}</p>
  return (
    <div className="cited-by">
      <p>{t('sourcesCitedBy', { count: citing.length })}</p>
      <ul>
        {citing.map(({ annotation, citations }) => (
          <li key={annotation.id}>
            <button type="button" disabled={!onOpenAnnotation} onClick={() => onOpenAnnotation?.(annotation.id)}>
              {t('sourcesCitedByArticle', { where: articleLabel(annotation.target.eId), quote: annotation.target.quote.exact.slice(0, 80) })}
            </button>
            <span className="muted">
              {citations
                .filter((citation) => citation.locator)
                .map((citation) => `${t(locatorLabelNames[citation.locator!.label])} ${citation.locator!.value}`)
                .join('; ')}
            </span>
            {citations
              .filter((citation) => citation.quote)
              .map((citation, index) => (
                <q key={index} className="citation-quote">
                  {citation.quote}
                </q>
              ))}
          </li>
        ))}
      </ul>
    </div>
  )
}
