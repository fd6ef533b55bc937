import type { ReactNode } from 'react'
import type { Annotation, Tag } from '../../../shared/annotations/types'
import type { GlossaError } from '../../../shared/errors'
import { t } from '../i18n'
import { ArticleLinks } from './ArticleLinks'
import { CommentaryEditor } from './CommentaryEditor'
import { TagChips } from './TagChips'

interface Props {
  annotation: Annotation
  orphaned: boolean
  tags: Tag[]
  articles: { eId: string; label: string }[]
  /** Annotations in other articles whose commentary links to this annotation's article. */
  backlinks: Annotation[]
  /** Where focus goes when the annotation opens (the action that opened it). */
  focus: 'tags' | 'commentary' | null
  onChange: (changes: Partial<Annotation>, coalesceKey?: string) => void
  /** Puts a typed tag or tag path on the annotation (see TagChips); why not, or null. */
  onAddTag: (typed: string) => GlossaError | null
  onDelete: () => void
  onClose: () => void
  onGoToArticle: (eId: string) => void
  onOpen: (id: string) => void
  /** The cited sources and the picker that adds one (the sources feature supplies them). */
  citations: ReactNode
  /** The discussion under the annotation. */
  replies: ReactNode
  /** Holds typed commentary until a pause (see CommentaryEditor); the owner flushes it before reading the project. */
  holdEdit?: (commit: () => void) => () => void
}

/** Typing in commentary reaches the project after this pause (or on blur, or before a save or export reads it). */
export const commentaryCommitDelayMs = 400

/** One annotation: its quote, tags, commentary, cited sources and links to other articles. */
export function AnnotationEditor(props: Props) {
  const { annotation, articles, onChange } = props
  const articleLabel = (eId: string) => articles.find((article) => article.eId === eId)?.label ?? eId
  return (
    <section
      className="annotation-editor"
      aria-label={t('annotationEditorTitle')}
      data-annotation-id={annotation.id}
      // Escape closes the annotation unless something inside (a form, a list) used it first.
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.defaultPrevented) props.onClose()
      }}
    >
      <header>
        <h2>{articleLabel(annotation.target.eId)}</h2>
        <button type="button" onClick={props.onClose}>
          {t('close')}
        </button>
      </header>
      {props.orphaned && <p className="warning-text">{t('annotationOrphanedHint')}</p>}
      <blockquote className="annotation-quote">{annotation.target.quote.exact}</blockquote>
      <p className="muted annotation-meta">
        {t('annotationByline', { author: annotation.author.name, date: new Date(annotation.modified).toLocaleString() })}
      </p>

      <h3>{t('annotationTags')}</h3>
      <TagChips assigned={annotation.tags} tags={props.tags} onChange={(tags) => onChange({ tags })} onAdd={props.onAddTag} autoFocus={props.focus === 'tags'} />

      <h3>{t('annotationCommentary')}</h3>
      <CommentaryEditor annotationId={annotation.id} body={annotation.body} autoFocus={props.focus === 'commentary'} onEscape={props.onClose}
        commitDelayMs={props.holdEdit ? commentaryCommitDelayMs : undefined}
        hold={props.holdEdit}
        onChange={(body) => onChange({ body }, `body:${annotation.id}`)}
      />

      <h3>{t('annotationSources')}</h3>
      <div className="annotation-sources">{props.citations}</div>

      <h3>{t('annotationLinks')}</h3>
      <ArticleLinks links={annotation.links} articles={articles.filter((article) => article.eId !== annotation.target.eId)} onChange={(links) => onChange({ links })} onGo={props.onGoToArticle} />

      {props.backlinks.length > 0 && (
        <>
          <h3>{t('annotationBacklinks')}</h3>
          <ul className="annotation-backlinks">
            {props.backlinks.map((other) => (
              <li key={other.id}>
                <button type="button" onClick={() => props.onOpen(other.id)}>
                  {t('annotationBacklink', { label: articleLabel(other.target.eId), quote: other.target.quote.exact.slice(0, 60) })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>{t('annotationReplies')}</h3>
      {props.replies}

      <div className="annotation-actions">
        <button type="button" className="danger" onClick={props.onDelete}>
          {t('annotationDelete')}
        </button>
      </div>
    </section>
  )
}
