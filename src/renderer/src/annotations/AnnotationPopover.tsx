import { useEffect } from 'react'
import { commentaryText } from '../../../shared/annotations/model'
import type { Annotation, Tag } from '../../../shared/annotations/types'
import { t } from '../i18n'

interface Props {
  /** Every annotation at the clicked place, innermost first. */
  annotations: Annotation[]
  tags: ReadonlyMap<string, Tag>
  at: { x: number; y: number }
  onOpen: (id: string) => void
  onClose: () => void
}

/** What a click on highlighted text shows: every annotation there, overlapping and nested ones included. */
export function AnnotationPopover({ annotations, tags, at, onOpen, onClose }: Props) {
  useEffect(() => {
    const close = (event: Event) => {
      if (!(event.target instanceof Element && event.target.closest('.annotation-popover'))) onClose()
    }
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose()
    // After this click has finished, so the click that opened the popover does not close it.
    const timer = setTimeout(() => document.addEventListener('mousedown', close))
    document.addEventListener('keydown', onKey)
    return () => {
      clearTimeout(timer)
      document.removeEventListener('mousedown', close)
      document.removeEventListener('keydown', onKey)
    }
  }, [onClose])

  return (
    <div className="annotation-popover" role="dialog" aria-label={t('annotationsHere', { count: annotations.length })} style={{ left: at.x, top: at.y + 14 }}>
      <p className="muted">{t('annotationsHere', { count: annotations.length })}</p>
      <ul>
        {annotations.map((annotation) => (
          <li key={annotation.id}>
            <button type="button" onClick={() => onOpen(annotation.id)}>
              <span className="annotation-item-quote">“{annotation.target.quote.exact}”</span>
              {annotation.tags.map((id) => (
                <span key={id} className="tag-chip small" style={{ borderColor: tags.get(id)?.color }}>
                  {tags.get(id)?.name ?? t('tagUnknown')}
                </span>
              ))}
              <span className="annotation-item-comment">{commentaryText(annotation.body) || t('annotationNoCommentary')}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}
