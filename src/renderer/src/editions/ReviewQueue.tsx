import { useMemo, useState } from 'react'
import { reviewQueue, type ReviewAnswer } from '../../../shared/annotations/review'
import type { Annotation } from '../../../shared/annotations/types'
import { t } from '../i18n'
import { useStore } from '../store/useStore'
import './review.css'

interface Props {
  annotations: ReadonlyMap<string, Annotation>
  onAnswer: (id: string, answer: ReviewAnswer) => void
  /** Re-attaches the note to the text selected now; false when nothing is selected. */
  onReattach: (id: string) => boolean
  onOpen: (id: string) => void
}

const noEditions: never[] = []

/**
 * The notes a revised version changed or orphaned, each with its old and new wording: accept it where it
 * was carried, re-attach it to the words selected in the text, or keep it as an orphan. Each answer is one
 * undo step; no answer drops a note.
 */
export function ReviewQueue({ annotations, onAnswer, onReattach, onOpen }: Props) {
  const editions = useStore((state) => state.open?.data.rest.editions ?? noEditions)
  const items = useMemo(() => reviewQueue(annotations.values(), editions), [annotations, editions])
  const [hint, setHint] = useState<string | null>(null)
  if (items.length === 0) return null
  return (
    <section className="review-queue" role="region" aria-label={t('reviewTitle', { count: items.length })}>
      <h2>{t('reviewTitle', { count: items.length })}</h2>
      <p className="muted">{t('reviewIntro', { edition: items[0]!.fromLabel })}</p>
      <ul>
        {items.map((item) => (
          <li key={item.annotation.id} className={`review-item review-${item.status}`} data-annotation-id={item.annotation.id}>
            <strong>{item.status === 'changed' ? t('reviewChanged') : t('reviewOrphaned')}</strong>
            <dl>
              <dt>{t('reviewOldWording')}</dt>
              <dd className="review-old">{item.oldWording}</dd>
              <dt>{t('reviewNewWording')}</dt>
              <dd className="review-new">{item.newWording ?? <em>{t('reviewNoNewWording')}</em>}</dd>
            </dl>
            {hint === item.annotation.id && <p className="warning-text">{t('reviewReattachHint')}</p>}
            <span className="review-actions">
              {item.status === 'changed' && (
                <>
                  <button type="button" onClick={() => onOpen(item.annotation.id)}>
                    {t('reviewShow')}
                  </button>
                  <button type="button" className="primary" onClick={() => onAnswer(item.annotation.id, { kind: 'accept' })}>
                    {t('reviewAccept')}
                  </button>
                </>
              )}
              <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={() => setHint(onReattach(item.annotation.id) ? null : item.annotation.id)}>
                {t('reviewReattach')}
              </button>
              {item.status === 'orphaned' && (
                <button type="button" onClick={() => onAnswer(item.annotation.id, { kind: 'keepOrphan' })}>
                  {t('reviewKeepOrphan')}
                </button>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
