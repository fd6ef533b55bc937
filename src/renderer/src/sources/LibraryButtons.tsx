import { useState } from 'react'
import { createPortal } from 'react-dom'
import type { OutlineEntry } from '../../../shared/document/outline'
import type { GlossaError } from '../../../shared/errors'
import type { ProjectFile } from '../../../shared/project/schema'
import { t } from '../i18n'
import { TagManager } from '../tags/TagManager'
import './library.css'
import { SourceLibrary } from './SourceLibrary'

interface Props {
  project: ProjectFile
  outline: readonly OutlineEntry[]
  updateProject: (change: (project: ProjectFile) => ProjectFile) => void
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

/** The sidebar's way into the project's source library and tag taxonomy, each in its own dialog. */
export function LibraryButtons({ project, outline, updateProject, onError, onOpenAnnotation }: Props) {
  const [open, setOpen] = useState<'sources' | 'tags' | null>(null)
  return (
    <nav className="library-buttons" aria-label={`${t('sourcesTitle')}, ${t('tagsTitle')}`}>
      <button type="button" onClick={() => setOpen('sources')}>
        {t('sourcesTitle')} <span className="muted">{project.sources.length}</span>
      </button>
      <button type="button" onClick={() => setOpen('tags')}>
        {t('tagsTitle')} <span className="muted">{project.tags.length}</span>
      </button>
      {/* The dialogs live outside the sidebar, so none of its styles reach them. */}
      {open === 'sources' &&
        createPortal(
          <SourceLibrary
            project={project}
            updateProject={updateProject}
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
      {open === 'tags' && createPortal(<TagManager project={project} updateProject={updateProject} onClose={() => setOpen(null)} />, document.body)}
    </nav>
  )
}
