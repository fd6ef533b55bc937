import { useCallback, useMemo, useState } from 'react'
import type { OutlineEntry } from '../../../shared/document/outline'
import type { Annotation, Tag } from '../../../shared/annotations/types'
import { ok, type Result } from '../../../shared/errors'
import { addTag } from '../../../shared/tags/taxonomy'
import { projectStore, useStore } from '../store/useStore'
import type { AnnotationLayout, LegalEditorHandle } from '../editor/LegalEditor'
import { AnnotationCitations } from '../sources/AnnotationCitations'
import { citationStyleOf } from '../sources/useCitationFormatter'
import { AnnotationEditor } from './AnnotationEditor'
import { AnnotationList } from './AnnotationList'
import { AnnotationPopover } from './AnnotationPopover'
import { currentAuthor } from './current-author'
import { noFilter, type AnnotationFilter } from './filter'
import { ReplyThread } from './ReplyThread'
import { ReviewQueue } from '../editions/ReviewQueue'
import { SelectionMenu, type SelectionAction } from './SelectionMenu'
import { useAnnotations } from './useAnnotations'
import { createOverlayValue, useOverlayValue, type OverlayValue } from './overlay-value'

interface Options {
  /** The legal text's editor, when one is shown. */
  editor: () => LegalEditorHandle | null
  outline: OutlineEntry[]
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

/** The popover of a clicked highlight: which annotations, and where. */
type PopoverState = { ids: string[]; at: { x: number; y: number } } | null

/** The popover, re-rendered alone when it opens or closes (the workbench around it does not). */
function HighlightPopover({ state, tags, onOpen }: { state: OverlayValue<PopoverState>; tags: ReadonlyMap<string, Tag>; onOpen: (id: string) => void }) {
  const popover = useOverlayValue(state)
  const byId = useStore((store) => store.open?.data.annotations ?? noAnnotations)
  const close = useCallback(() => state.set(null), [state])
  if (!popover) return null
  return <AnnotationPopover annotations={popover.ids.flatMap((id) => byId.get(id) ?? [])} tags={tags} at={popover.at} onOpen={onOpen} onClose={close} />
}

const emptyLayout: AnnotationLayout = { order: [], orphans: [], counts: new Map() }
const noAnnotations: ReadonlyMap<string, Annotation> = new Map()
const noTags: ReadonlyMap<string, Tag> = new Map()

/**
 * Everything about annotating, gathered for the workbench: what the editor draws, the annotation pane
 * (list, filters, orphans, editor), the selection toolbar and context menu, the popover for clicked
 * highlights, per-article counts for the outline, and undo/redo.
 */
export function useAnnotationWorkbench({ editor, outline }: Options) {
  const data = useStore((state) => state.open?.data ?? null)
  const hasText = Boolean(data?.rest.document)
  const sourceMap = data?.sources
  const sources = useMemo(() => [...(sourceMap?.values() ?? [])], [sourceMap])
  const citationStyle = citationStyleOf(data?.rest ?? null)
  const byId = data?.annotations ?? noAnnotations
  const tagMap = (data?.tags ?? noTags) as ReadonlyMap<string, Tag>
  const tags = useMemo(() => [...tagMap.values()], [tagMap])
  const articles = useMemo(() => articlesOf(outline), [outline])
  const operations = useAnnotations(projectStore)
  const { add, update } = operations
  const [layout, setLayout] = useState<AnnotationLayout>(emptyLayout)
  const openId = useStore((state) => state.selectedAnnotation)
  const setOpenId = projectStore.select
  const [focus, setFocus] = useState<'tags' | 'commentary' | null>(null)
  const [filter, setFilter] = useState<AnnotationFilter>(noFilter)
  const [contextMenuAt, setContextMenuAt] = useState<{ x: number; y: number } | null>(null)
  const [popover] = useState(() => createOverlayValue<PopoverState>(null))

  const open = useCallback(
    (id: string | null, options: { focus?: 'tags' | 'commentary' } = {}) => {
      setOpenId(id)
      setFocus(options.focus ?? null)
      popover.set(null)
      editor()?.showAnnotation(id)
    },
    [editor, setOpenId, popover]
  )

  const act = useCallback(
    (action: SelectionAction) => {
      setContextMenuAt(null)
      const selected = editor()?.selectionTarget()
      if (!selected) return false
      const annotation = add(selected.target)
      editor()!.rememberRange(annotation.id, selected.range)
      document.getSelection()?.removeAllRanges()
      if (action === 'highlight') setOpenId(null)
      else open(annotation.id, { focus: action === 'tag' ? 'tags' : 'commentary' })
      return true
    },
    [editor, add, open, setOpenId]
  )

  const reattach = useCallback(
    (id: string) => {
      const selected = editor()?.selectionTarget()
      if (!selected) return false
      editor()!.rememberRange(id, selected.range)
      // Re-attaching also settles a carried note's review and orphan flags (it anchors where the user chose).
      operations.answerReview(id, { kind: 'reattach', target: selected.target })
      document.getSelection()?.removeAllRanges()
      return true
    },
    [editor, operations]
  )

  // New tags go through the taxonomy's own rules (unique sibling names, next palette colour).
  const createTag = useCallback(
    (name: string): Result<Tag> => {
      const id = crypto.randomUUID()
      const added = addTag(tags, id, { name })
      if (!added.ok) return added
      const tag = added.value.find((each) => each.id === id)!
      projectStore.apply([{ in: 'tags', id, value: tag }])
      return ok(tag)
    },
    [tags]
  )

  // Anchored annotations in document order, and orphans (the editor counts them per article).
  const ordered = useMemo(() => layout.order.flatMap((id) => byId.get(id) ?? []), [layout, byId])
  const orphans = useMemo(() => layout.orphans.flatMap((id) => byId.get(id) ?? []), [layout, byId])

  const opened = openId ? byId.get(openId) : undefined
  const orphanSet = new Set(layout.orphans)
  const pane = !hasText ? null : opened ? (
    <AnnotationEditor
      annotation={opened}
      orphaned={orphanSet.has(opened.id)}
      tags={tags}
      articles={articles}
      backlinks={[...byId.values()].filter((other) => other.id !== opened.id && other.target.eId !== opened.target.eId && other.links.includes(opened.target.eId))}
      focus={focus}
      onChange={(changes, key) => operations.update(opened.id, changes, key)}
      onCreateTag={createTag}
      onDelete={() => {
        operations.remove(opened.id)
        open(null)
      }}
      onClose={() => open(null)}
      onGoToArticle={(eId) => editor()?.goTo(eId)}
      onOpen={(id) => open(id)}
      citations={
        <AnnotationCitations
          citations={opened.citations}
          sources={sources}
          style={citationStyle}
          onChange={(citations) => update(opened.id, { citations })}
        />
      }
      replies={<ReplyThread annotationId={opened.id} replies={opened.replies} me={currentAuthor()} onChange={(replies, key) => update(opened.id, { replies }, key)} />}
    />
  ) : (
    <>
    <ReviewQueue annotations={byId} onAnswer={operations.answerReview} onReattach={reattach} onOpen={open} />
    <AnnotationList
      ordered={ordered}
      orphans={orphans}
      tags={tags}
      articles={articles}
      filter={filter}
      onFilter={setFilter}
      onOpen={open}
      onReattach={reattach}
    />
    </>
  )

  const overlays = (
    <>
      {hasText && (
        <SelectionMenu container={() => document.querySelector('.legal-text')} contextMenuAt={contextMenuAt} onAction={act} onDismissContextMenu={() => setContextMenuAt(null)} />
      )}
      <HighlightPopover state={popover} tags={tagMap} onOpen={open} />
    </>
  )

  return {
    tags: tagMap,
    pane,
    overlays,
    counts: layout.counts,
    act,
    onLayout: setLayout,
    /** Opens an annotation in the pane and scrolls the text to it (e.g. from a source's "cited by" list). */
    openAnnotation: open,
    onClickAnnotations: useCallback((ids: string[], at: { x: number; y: number }) => popover.set({ ids, at }), [popover]),
    /** Closes the popover or context menu, if one is open; true if it did (Escape). */
    dismiss: useCallback(() => {
      if (!popover.get() && !contextMenuAt) return false
      popover.set(null)
      setContextMenuAt(null)
      return true
    }, [popover, contextMenuAt]),
    /** Opens the context menu at the pointer when text is selected; true if it did. */
    onContextMenu: useCallback(
      (at: { x: number; y: number }) => {
        if (!editor()?.selectionTarget()) return false
        setContextMenuAt(at)
        return true
      },
      [editor]
    )
  }
}
