import type { Citation } from '../../../shared/annotations/types'
import type { CitationStyleId, CslItem } from '../../../shared/sources/types'
import { t } from '../i18n'
import { CitationPicker } from './CitationPicker'
import { CslHtml } from './CslHtml'
import { useCitationFormatter } from './useCitationFormatter'

interface Props {
  citations: readonly Citation[]
  sources: readonly CslItem[]
  style: CitationStyleId
  /** Replaces the annotation's citations (one undo step per call). */
  onChange: (citations: Citation[]) => void
}

/**
 * The sources an annotation cites, each as a note in the project's citation style with its optional quote
 * and a remove button, followed by the picker that adds another.
 */
export function AnnotationCitations({ citations, sources, style, onChange }: Props) {
  const formatter = useCitationFormatter(sources, style)
  const known = new Set(sources.map((source) => source.id))
  return (
    <>
      {citations.length === 0 ? (
        <p className="muted">{t('annotationNoSources')}</p>
      ) : (
        <ol className="annotation-citations" aria-label={t('annotationSources')}>
          {citations.map((citation, index) => (
            <li key={`${citation.sourceId}-${index}`} data-source-id={citation.sourceId}>
              {known.has(citation.sourceId) ? (
                <CslHtml html={formatter.note([citation])} className="citation-note" testId="annotation-citation" />
              ) : (
                <span className="warning-text">{t('citationSourceMissing', { id: citation.sourceId })}</span>
              )}
              {citation.quote && <q className="citation-quote">{citation.quote}</q>}
              <button
                type="button"
                aria-label={t('citationRemove', { number: index + 1 })}
                onClick={() => onChange(citations.filter((_, other) => other !== index))}
              >
                ×
              </button>
            </li>
          ))}
        </ol>
      )}
      <CitationPicker sources={sources} style={style} onCite={(citation) => onChange([...citations, citation])} />
    </>
  )
}
