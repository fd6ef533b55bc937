import { useMemo, useState } from 'react'
import type { Annotation } from '../../../shared/annotations/types'
import { citationStyleIds, citationStyles } from '../../../shared/citations/styles'
import type { GlossaError } from '../../../shared/errors'
import type { ProjectFile } from '../../../shared/project/schema'
import { importIntoLibrary, putSource, removeSource, type SourceImportReport } from '../../../shared/sources/library'
import type { CitationStyleId, CslItem } from '../../../shared/sources/types'
import { invoke } from '../bridge'
import { Modal } from '../components/Modal'
import { t } from '../i18n'
import { CitedBy } from './CitedBy'
import { CslHtml } from './CslHtml'
import { ImportReport } from './ImportReport'
import { SourceForm } from './SourceForm'
import { archiveView } from './archive-view'
import type { SourceFromFile } from '../../../shared/sources/web/types'
import { citationStyleOf, useCitationFormatter } from './useCitationFormatter'

interface Props {
  project: ProjectFile
  updateProject: (change: (project: ProjectFile) => ProjectFile) => void
  onError: (error: GlossaError) => void
  articleLabel: (eId: string) => string
  onOpenAnnotation?: (id: string) => void
  onClose: () => void
}

/**
 * The project's source library: the citation style, every source as its bibliography entry, adding by
 * hand or from a BibTeX/RIS/CSL-JSON file, and for each source its note form and the annotations citing it.
 */
export function SourceLibrary({ project, updateProject, onError, articleLabel, onOpenAnnotation, onClose }: Props) {
  const sources = project.sources
  const annotations = project.annotations as Annotation[]
  const style = citationStyleOf(project)
  const formatter = useCitationFormatter(sources, style)
  const [open, setOpen] = useState<string | null>(null)
  const [editing, setEditing] = useState<CslItem | 'new' | null>(null)
  // A source read from a file, shown in the form for the user to confirm, with where each field came from.
  const [fromFile, setFromFile] = useState<SourceFromFile | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [report, setReport] = useState<SourceImportReport | null>(null)

  // In the style's bibliography order; sources the style leaves out (none so far) come last.
  const entries = useMemo(() => {
    const listed = formatter.bibliographyEntries(sources.map((source) => source.id))
    const unlisted = sources.filter((source) => !listed.some((entry) => entry.id === source.id)).map((source) => ({ id: source.id, html: '' }))
    return [...listed, ...unlisted].map((entry) => ({ source: sources.find((item) => item.id === entry.id)!, html: entry.html || (sources.find((item) => item.id === entry.id)?.title ?? entry.id) }))
  }, [formatter, sources])

  const setSources = (next: CslItem[]) => updateProject((current) => ({ ...current, sources: next }))
  const setStyle = (citationStyle: CitationStyleId) => updateProject((current) => ({ ...current, meta: { ...current.meta, citationStyle } }))

  const importFile = async () => {
    const reply = await invoke('sources:importFile', {})
    if (!reply.ok) return onError(reply.error)
    if (!reply.value) return
    const { library, report } = importIntoLibrary(sources, reply.value.items, reply.value.refused)
    setSources(library)
    setNotice(t('sourcesImported', { count: report.accepted, fileName: reply.value.fileName }))
    setReport(report)
  }

  const addFromFile = async () => {
    const reply = await invoke('sources:readFile', {})
    if (!reply.ok) return onError(reply.error)
    if (!reply.value) return
    setFromFile(reply.value)
    setEditing(reply.value.item)
  }
  const closeForm = () => {
    setEditing(null)
    setFromFile(null)
  }

  return (
    <Modal title={t('sourcesTitle')} onClose={onClose}>
      <div className="source-library">
        <div className="source-library-bar">
          <label>
            {t('sourcesStyleLabel')}
            <select value={style} onChange={(event) => setStyle(event.target.value as CitationStyleId)}>
              {citationStyleIds.map((id) => (
                <option key={id} value={id}>
                  {t(citationStyles[id].label)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => setEditing('new')}>
            {t('sourcesAdd')}
          </button>
          <button type="button" onClick={() => void importFile()}>
            {t('sourcesImport')}
          </button>
          <button type="button" onClick={() => void addFromFile()}>
            {t('sourcesAddFromFile')}
          </button>
        </div>
        {notice && (
          <p role="status" className="muted">
            {notice}
          </p>
        )}
        {report && <ImportReport report={report} />}
        {entries.length === 0 ? (
          <p className="muted">{t('sourcesEmpty')}</p>
        ) : (
          <ul className="source-list">
            {entries.map(({ source, html }) => (
              <li key={source.id} data-source-id={source.id} className={open === source.id ? 'open' : ''}>
                <button type="button" className="source-entry" aria-expanded={open === source.id} onClick={() => setOpen(open === source.id ? null : source.id)}>
                  <CslHtml html={html} testId="bibliography-entry" />
                </button>
                {open === source.id && (
                  <div className="source-details">
                    <p>
                      <strong>{t('sourcesNote')}: </strong>
                      <CslHtml html={formatter.note([{ sourceId: source.id }])} testId="note-form" />
                    </p>
                    <CitedBy sourceId={source.id} annotations={annotations} articleLabel={articleLabel} onOpenAnnotation={onOpenAnnotation} />
                    <div className="dialog-buttons">
                      <button
                        type="button"
                        onClick={() => {
                          const removed = removeSource(sources, annotations, source.id)
                          if (!removed.ok) return onError(removed.error)
                          setSources(removed.value)
                        }}
                      >
                        {t('sourcesRemove')}
                      </button>
                      <button type="button" onClick={() => setEditing(source)}>
                        {t('sourcesEdit')}
                      </button>
                      {source.snapshot && (
                        <button
                          type="button"
                          onClick={() => {
                            archiveView.set({ sourceId: source.id })
                            onClose()
                          }}
                        >
                          {t('sourceArchiveOpen')}
                        </button>
                      )}
                    </div>
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
        <div className="dialog-buttons">
          <button type="button" className="primary" onClick={onClose}>
            {t('close')}
          </button>
        </div>
      </div>
      {editing && (
        <SourceForm
          source={editing === 'new' ? null : editing}
          found={fromFile ?? undefined}
          library={sources}
          style={style}
          onClose={closeForm}
          onSave={(source) => {
            if (fromFile) {
              // A page already in the library (same URL, DOI…) is merged into it, as imported sources are.
              const { library, added, report } = importIntoLibrary(sources, [source])
              const kept = added[0] ?? library.find((item) => !sources.includes(item))!
              setSources(library)
              setOpen(kept.id)
              if (report.merged > 0) setNotice(t('sourceFileMerged', { fileName: fromFile.fileName, id: kept.id, characters: kept.snapshot?.text.length ?? 0 }))
            } else {
              setSources(putSource(sources, source))
              setOpen(source.id)
            }
            closeForm()
          }}
        />
      )}
    </Modal>
  )
}
