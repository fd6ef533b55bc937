import { memo, useMemo, useRef } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { commentaryText } from '../../../shared/annotations/model'
import type { Annotation, Tag } from '../../../shared/annotations/types'
import { t } from '../i18n'
import { tagPaths, tagTree } from '../../../shared/tags/taxonomy'
import { matchesFilter, prepareFilter, type AnnotationFilter } from './filter'

interface Props {
  /** Anchored annotations in document order. */
  ordered: Annotation[]
  orphans: Annotation[]
  tags: Tag[]
  articles: { eId: string; label: string }[]
  filter: AnnotationFilter
  onFilter: (filter: AnnotationFilter) => void
  onOpen: (id: string) => void
  /** Re-attaches an orphan to the text selected now; false when nothing is selected. */
  onReattach: (id: string) => boolean
}

/** A first guess at an item's height (px) before it is measured; items differ with their tags and comment. */
const estimatedItemHeight = 76

/** One list item; redrawn only when its annotation, the tags or its label change (10,000 notes, one added). */
const Item = memo(function Item({
  annotation,
  tags,
  paths,
  label,
  onOpen,
  index,
  measure
}: {
  annotation: Annotation
  tags: ReadonlyMap<string, Tag>
  /** Each tag's path ("Values > Secularism"), shown on its chip. */
  paths: ReadonlyMap<string, string>
  label: string
  onOpen: (id: string) => void
  index: number
  measure: (element: HTMLElement | null) => void
}) {
  const comment = commentaryText(annotation.body)
  return (
    <li className="annotation-item" data-annotation-id={annotation.id} data-index={index} ref={measure}>
      <button type="button" onClick={() => onOpen(annotation.id)}>
        <span className="annotation-item-article">{label}</span>
        <span className="annotation-item-quote">“{annotation.target.quote.exact}”</span>
        {annotation.tags.length > 0 && (
          <span className="annotation-item-tags">
            {annotation.tags.map((id) => (
              <span key={id} className="tag-chip small" style={{ borderColor: tags.get(id)?.color }}>
                {paths.get(id) ?? t('tagUnknown')}
              </span>
            ))}
          </span>
        )}
        {comment && <span className="annotation-item-comment">{comment}</span>}
      </button>
    </li>
  )
})

/** The annotation list: filters, annotations in document order, and orphans that can be re-attached. */
export function AnnotationList({ ordered, orphans, tags, articles, filter, onFilter, onOpen, onReattach }: Props) {
  const tagMap = useMemo(() => new Map(tags.map((tag) => [tag.id, tag])), [tags])
  const labels = useMemo(() => new Map(articles.map((article) => [article.eId, article.label])), [articles])
  const authors = useMemo(() => {
    const names = new Map<string, string>()
    for (const annotation of ordered) names.set(annotation.author.id, annotation.author.name)
    for (const annotation of orphans) names.set(annotation.author.id, annotation.author.name)
    return names
  }, [ordered, orphans])
  const paths = useMemo(() => tagPaths(tags), [tags])
  const tree = useMemo(() => tagTree(tags), [tags])
  const shown = useMemo(() => {
    const prepared = prepareFilter(filter, tags)
    return ordered.filter((annotation) => matchesFilter(annotation, prepared, (id) => tagMap.get(id)?.name))
  }, [ordered, filter, tags, tagMap])
  // Only the items in view (and a few around) are in the page, so 10,000 notes cost what a screenful does.
  const scroller = useRef<HTMLDivElement>(null)
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer's functions are read during render on purpose
  const virtualizer = useVirtualizer({ count: shown.length, getScrollElement: () => scroller.current, estimateSize: () => estimatedItemHeight, overscan: 6, getItemKey: (index) => shown[index]!.id })
  const items = virtualizer.getVirtualItems()
  const offset = items[0]?.start ?? 0
  return (
    <section className="annotation-list" aria-label={t('annotationsTitle')}>
      <h2>{t('annotationsTitle')}</h2>
      <div className="annotation-filters">
        <input type="search" aria-label={t('filterText')} placeholder={t('filterText')} value={filter.text} onChange={(event) => onFilter({ ...filter, text: event.target.value })} />
        <select aria-label={t('filterTag')} value={filter.tagId} onChange={(event) => onFilter({ ...filter, tagId: event.target.value })}>
          <option value="">{t('filterAnyTag')}</option>
          {tree.map(({ tag }) => (
            <option key={tag.id} value={tag.id}>
              {paths.get(tag.id)}
            </option>
          ))}
        </select>
        <select aria-label={t('filterAuthor')} value={filter.authorId} onChange={(event) => onFilter({ ...filter, authorId: event.target.value })}>
          <option value="">{t('filterAnyAuthor')}</option>
          {[...authors].map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
        <select aria-label={t('filterArticle')} value={filter.eId} onChange={(event) => onFilter({ ...filter, eId: event.target.value })}>
          <option value="">{t('filterAnyArticle')}</option>
          {articles.map((article) => (
            <option key={article.eId} value={article.eId}>
              {article.label}
            </option>
          ))}
        </select>
      </div>
      <p className="muted" data-testid="annotation-count">
        {t('annotationCount', { shown: shown.length, total: ordered.length })}
      </p>
      {ordered.length === 0 && orphans.length === 0 ? (
        <p className="muted">{t('annotationsEmpty')}</p>
      ) : (
        <div className="annotation-items" ref={scroller}>
          <ul style={{ height: virtualizer.getTotalSize(), paddingTop: offset }}>
            {items.map((item) => {
              const annotation = shown[item.index]!
              return (
                <Item
                  key={annotation.id}
                  index={item.index}
                  measure={virtualizer.measureElement}
                  annotation={annotation}
                  tags={tagMap}
                  paths={paths}
                  label={labels.get(annotation.target.eId) ?? annotation.target.eId}
                  onOpen={onOpen}
                />
              )
            })}
          </ul>
        </div>
      )}
      {orphans.length > 0 && (
        <div className="orphans" role="region" aria-label={t('orphansTitle')}>
          <h2>{t('orphansTitle')}</h2>
          <p className="muted">{t('orphansHint')}</p>
          <ul>
            {orphans.map((annotation) => (
              <li key={annotation.id} className="orphan" data-annotation-id={annotation.id}>
                <span className="annotation-item-quote">“{annotation.target.quote.exact}”</span>
                <span className="orphan-actions">
                  <button type="button" onClick={() => onOpen(annotation.id)}>
                    {t('orphanOpen')}
                  </button>
                  <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={() => onReattach(annotation.id)}>
                    {t('orphanReattach')}
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}
