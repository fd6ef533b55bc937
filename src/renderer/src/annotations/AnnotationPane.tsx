import { memo, useCallback, useMemo, useState } from 'react'
import type { OutlineEntry } from '../../../shared/document/outline'
import type { Annotation, Tag } from '../../../shared/annotations/types'
import { reviseAnnotation } from '../../../shared/annotations/model'
import type { GlossaError } from '../../../shared/errors'
import { resolveTypedTag } from '../../../shared/tags/taxonomy'
import type { Change } from '../store/operations'
import type { LegalEditorHandle } from '../editor/LegalEditor'
import { AnnotationCitations } from '../sources/AnnotationCitations'
import { citationStyleOf } from '../sources/useCitationFormatter'
import { projectStore, useStore } from '../store/useStore'
import { AnnotationEditor } from './AnnotationEditor'
import { ReviewQueue } from '../editions/ReviewQueue'
import { AnnotationList } from './AnnotationList'
import { currentAuthor } from './current-author'
import { noFilter, type AnnotationFilter } from './filter'
import { useOverlayValue } from './overlay-value'
import { ReplyThread } from './ReplyThread'
import type { AnnotationWorkbench } from './workbench'

interface Props {
  workbench: AnnotationWorkbench
  outline: OutlineEntry[]
  editor: () => LegalEditorHandle | null
}

/** Every article (and preamble) of the outline, flattened, with its label. */
function articlesOf(outline: OutlineEntry[]): { eId: string; label: string }[] {
  const found: { eId: string; label: string }[] = []
  const walk = (entries: OutlineEntry[]) => {
    for (const entry of entries) {
      if (entry.kind === 'article' || entry.kind === 'preamble') found.push({ eId: entry.eId, label: entry.label || entry.eId })
      walk(entry.children)
    }
  }
  walk(outline)
  return found
}

const noAnnotations: ReadonlyMap<string, Annotation> = new Map()
const noTags: ReadonlyMap<string, Tag> = new Map()

/**
 * The annotation pane: the list (filters, annotations in document order, orphans) or the open annotation's
 * editor. It reads the store and the text's layout itself, so an edit re-renders the pane alone.
 */
export const AnnotationPane = memo(function AnnotationPane({ workbench, outline, editor }: Props) {
  const byId = useStore((state) => state.open?.data.annotations ?? noAnnotations)
  const tagMap = useStore((state) => (state.open?.data.tags ?? noTags) as ReadonlyMap<string, Tag>)
  const openId = useStore((state) => state.selectedAnnotation)
  const layout = useOverlayValue(workbench.layout)
  const focus = useOverlayValue(workbench.focus)
  const [filter, setFilter] = useState<AnnotationFilter>(noFilter)
  const tags = useMemo(() => [...tagMap.values()], [tagMap])
  const articles = useMemo(() => articlesOf(outline), [outline])
  const { open, reattach } = workbench

  // Anchored annotations in document order, and orphans (the editor counts them per article).
  const ordered = useMemo(() => layout.order.flatMap((id) => byId.get(id) ?? []), [layout.order, byId])
  const orphans = useMemo(() => layout.orphans.flatMap((id) => byId.get(id) ?? []), [layout.orphans, byId])
  const opened = openId ? byId.get(openId) : undefined
  const onOpen = useCallback((id: string) => open(id), [open])

  if (!opened) {
    return (
      <>
        <ReviewQueue annotations={byId} onAnswer={workbench.operations.answerReview} onReattach={reattach} onOpen={onOpen} />
        <AnnotationList ordered={ordered} orphans={orphans} tags={tags} articles={articles} filter={filter} onFilter={setFilter} onOpen={onOpen} onReattach={reattach} />
      </>
    )
  }
  return <OpenAnnotation workbench={workbench} annotation={opened} orphaned={layout.orphans.includes(opened.id)} byId={byId} tags={tags} articles={articles} focus={focus} editor={editor} />
})

interface OpenProps {
  workbench: AnnotationWorkbench
  annotation: Annotation
  orphaned: boolean
  byId: ReadonlyMap<string, Annotation>
  tags: Tag[]
  articles: { eId: string; label: string }[]
  focus: 'tags' | 'commentary' | null
  editor: () => LegalEditorHandle | null
}

/** The open annotation in its editor, with its sources, replies and backlinks. */
function OpenAnnotation({ workbench, annotation, orphaned, byId, tags, articles, focus, editor }: OpenProps) {
  const sourceMap = useStore((state) => state.open?.data.sources)
  const citationStyle = useStore((state) => citationStyleOf(state.open?.data.rest ?? null))
  const sources = useMemo(() => [...(sourceMap?.values() ?? [])], [sourceMap])
  const { operations, open } = workbench
  const { id } = annotation
  const eId = annotation.target.eId
  const backlinks = useMemo(() => [...byId.values()].filter((other) => other.id !== id && other.target.eId !== eId && other.links.includes(eId)), [byId, id, eId])

  // A typed tag or path goes through the taxonomy's own rules (unique sibling names, inherited colour); the
  // tags it makes and the annotation that gets it are one undo step.
  const addTypedTag = (typed: string): GlossaError | null => {
    const resolved = resolveTypedTag(tags, typed, () => crypto.randomUUID())
    if (!resolved.ok) return resolved.error
    const { tag, created } = resolved.value
    const changes: Change[] = created.map((made) => ({ in: 'tags', id: made.id, value: made }))
    if (!annotation.tags.includes(tag.id)) changes.push({ in: 'annotations', id, value: reviseAnnotation(annotation, { tags: [...annotation.tags, tag.id] }) })
    projectStore.apply(changes)
    return null
  }

  return (
    <AnnotationEditor
      annotation={annotation}
      orphaned={orphaned}
      tags={tags}
      articles={articles}
      backlinks={backlinks}
      focus={focus}
      onChange={(changes, key) => operations.update(id, changes, key)}
      holdEdit={projectStore.holdEdit}
      onAddTag={addTypedTag}
      onDelete={() => {
        operations.remove(id)
        open(null)
      }}
      onClose={() => open(null)}
      onGoToArticle={(target) => editor()?.goTo(target)}
      onOpen={(other) => open(other)}
      citations={<AnnotationCitations citations={annotation.citations} sources={sources} style={citationStyle} onChange={(citations) => operations.update(id, { citations })} />}
      replies={<ReplyThread annotationId={id} replies={annotation.replies} me={currentAuthor()} onChange={(replies, key) => operations.update(id, { replies }, key)} />}
    />
  )
}
