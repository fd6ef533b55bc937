import { useState } from 'react'
import { t } from '../i18n'

interface Props {
  links: string[]
  /** Every article: its eId and label ("Article 19"). */
  articles: { eId: string; label: string }[]
  onChange: (links: string[]) => void
  onGo: (eId: string) => void
}

/** Cross-references from commentary to other articles ("see Article 19"): chips that jump, and a picker. */
export function ArticleLinks({ links, articles, onChange, onGo }: Props) {
  const [choice, setChoice] = useState('')
  const label = (eId: string) => articles.find((article) => article.eId === eId)?.label ?? eId
  return (
    <div className="article-links">
      <ul aria-label={t('annotationLinks')}>
        {links.map((eId) => (
          <li key={eId} className="link-chip">
            <button type="button" className="link-go" onClick={() => onGo(eId)}>
              {t('annotationSeeArticle', { label: label(eId) })}
            </button>
            <button type="button" aria-label={t('annotationLinkRemove', { label: label(eId) })} onClick={() => onChange(links.filter((other) => other !== eId))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="link-add">
        <select aria-label={t('annotationLinkChoose')} value={choice} onChange={(event) => setChoice(event.target.value)}>
          <option value="">{t('annotationLinkChoose')}</option>
          {articles
            .filter((article) => !links.includes(article.eId))
            .map((article) => (
              <option key={article.eId} value={article.eId}>
                {article.label}
              </option>
            ))}
        </select>
        <button
          type="button"
          disabled={!choice}
          onClick={() => {
            onChange([...links, choice])
            setChoice('')
          }}
        >
          {t('annotationLinkAdd')}
        </button>
      </div>
    </div>
  )
}
