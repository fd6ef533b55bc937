import { useState } from 'react'
import { createPortal } from 'react-dom'
import type { OutlineEntry } from '../../../shared/document/outline'
import type { GlossaError } from '../../../shared/errors'
import type { ProjectFile } from '../../../shared/project/schema'
import { t } from '../i18n'
import { projectFromData } from '../store/operations'
import { projectStore, useStore } from '../store/useStore'
import { TagManager } from '../tags/TagManager'
import './library.css'
import { SourceLibrary } from './SourceLibrary'

interface Props {
  outline: readonly OutlineEntry[]
  onError: (error: GlossaError) => void
  onOpenAnnotation?: (id: string) => void
}

/** The label the outline gives a unit ("Article 19"), or its eId when the outline has none. */
function outlineLabel(entries: readonly OutlineEntry[], eId: string): string | undefined {
  for (const entry of entries) {
    if (entry.eId === eId) return entry.label || eId
    const inside = outlineLabel(entry.children, eId)
    if (inside) return inside
  }
  return undefined
}

const updateProject = (change: (project: ProjectFile) => ProjectFile) => projectStore.update(change)

/** The open project as a file, for the dialogs: built only while one of them is open. */
function useOpenProject(): ProjectFile | null {
  const data = useStore((state) => state.open?.data ?? null)
  return data && projectFromData(data)
}

/** The sidebar's way into the project's source library and tag taxonomy, each in its own dialog. */
export function LibraryButtons({ outline, onError, onOpenAnnotation }: Props) {
  const [open, setOpen] = useState<'sources' | 'tags' | null>(null)
  const sourceCount = useStore((state) => state.open?.data.sources.size ?? 0)
  const tagCount = useStore((state) => state.open?.data.tags.size ?? 0)
  return (
    <nav className="library-buttons" aria-label={`${t('sourcesTitle')}, ${t('tagsTitle')}`}>
      <button type="button" onClick={() => setOpen('sources')}>
        {t('sourcesTitle')} <span className="muted">{sourceCount}</span>
      </button>
      <button type="button" onClick={() => setOpen('tags')}>
        {t('tagsTitle')} <span className="muted">{tagCount}</span>
      </button>
      {/* The dialogs live outside the sidebar, so none of its styles reach them. */}
      {open === 'sources' &&
        createPortal(
          <LibraryDialog
            kind="sources"
            onError={onError}
            articleLabel={(eId) => outlineLabel(outline, eId) ?? eId}
            onOpenAnnotation={
              onOpenAnnotation &&
              ((id) => {
                setOpen(null)
                onOpenAnnotation(id)
              })
            }
            onClose={() => setOpen(null)}
          />,
          document.body
        )}
      {open === 'tags' && createPortal(<LibraryDialog kind="tags" onClose={() => setOpen(null)} />, document.body)}
    </nav>
  )
}

type DialogProps = { kind: 'tags'; onClose: () => void } | ({ kind: 'sources' } & Omit<Parameters<typeof SourceLibrary>[0], 'project' | 'updateProject'>)

/** The open dialog, reading the project from the store (so a closed dialog costs nothing per edit). */
function LibraryDialog(props: DialogProps) {
  const project = useOpenProject()
  if (!project) return null
  if (props.kind === 'tags') return <TagManager project={project} updateProject={updateProject} onClose={props.onClose} />
  const { kind: _kind, ...rest } = props
  return <SourceLibrary project={project} updateProject={updateProject} {...rest} />
}
