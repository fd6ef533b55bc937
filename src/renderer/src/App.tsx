import { createRef, useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react'
import type { Node as PMNode } from 'prosemirror-model'
import type { CommandId } from '../../shared/commands'
import { buildOutline, findArticle } from '../../shared/document/outline'
import type { ProjectFile } from '../../shared/project/schema'
import { isMac, onCommand, onLinkOpen, onOpenRecent } from './bridge'
import { ConfirmDiscardDialog } from './components/ConfirmDialog'
import { ErrorBanner } from './components/ErrorBanner'
import { GoToArticleDialog } from './components/GoToArticleDialog'
import { ImportReportDialog } from './components/ImportReportDialog'
import { PasteImportDialog } from './components/PasteImportDialog'
import { Outline } from './components/Outline'
import { SearchPanel } from './components/SearchPanel'
import { RecentProjects } from './components/RecentProjects'
import { ThemeSetting } from './settings/ThemeSetting'
import { PaneResizer, useSidebarWidths } from './settings/PaneResizer'
import { Toolbar } from './components/Toolbar'
import { LegalEditor, type LegalEditorHandle } from './editor/LegalEditor'
import type { HitRange } from './editor/plugins/search-highlight'
import { ExportDialog } from './export/ExportDialog'
import { t } from './i18n'
import { LibraryButtons } from './sources/LibraryButtons'
import { ArchiveBeside, useArchiveOpen } from './sources/ArchiveBeside'
import { Autosave } from './autosave/useAutosave'
import { ErrorActions } from './merge/ErrorActions'
import { MergeDialog } from './merge/MergeDialog'
import { useMergeFlow } from './merge/useMergeFlow'
import { useDiskWatch } from './merge/useDiskWatch'
import { IdentityChip } from './identity/IdentityChip'
import { IdentityDialog } from './identity/IdentityDialog'
import { useIdentity } from './identity/useIdentity'
import { useWebAnnotations } from './exchange/useWebAnnotations'
import { WebImportDialog } from './exchange/WebImportDialog'
import { useAknExport } from './exchange/useAknExport'
import { NoticeBanner } from './components/NoticeBanner'
import { ImportWarningsButton } from './components/ImportWarnings'
import type { Tag } from '../../shared/annotations/types'
import type { DocJSON } from '../../shared/document/types'
import type { ImportWarning } from '../../shared/import/report'
import { ConflictCopiesNotice } from './durability/ConflictCopiesNotice'
import { ReadOnlyBanner } from './durability/ReadOnlyBanner'
import { RestoreVersionDialog } from './durability/RestoreVersionDialog'
import { SaveRetry } from './durability/SaveRetry'
import { AnnotationOverlays } from './annotations/AnnotationOverlays'
import { AnnotationPane } from './annotations/AnnotationPane'
import { createAnnotationWorkbench } from './annotations/workbench'
import { CompareView, type CompareViewHandle } from './compare/CompareView'
import { useCompare } from './compare/useCompare'
import { commandTable, type CommandContext } from './commands/command-table'
import type { WorkbenchDialog } from './commands/command-context'
import { isTypingTarget, shortcutOf } from './commands/keyboard'
import { composeCurrent } from './store/compose'
import { composeProject } from './store/compose'
import { acceptRevision } from './editions/revise'
import { RevisionDialog } from './editions/RevisionDialog'
import { ParallelView } from './editions/ParallelView'
import { createProjectActions } from './store/project-actions'
import { isDirty } from './store/project-store'
import { projectStore, useStore } from './store/useStore'
import { RecoveryOfferDialog } from './hot-exit/RecoveryOfferDialog'
import { journalWriter, useRecovery } from './hot-exit/useRecovery'
import { LinkConfirmDialog } from './links/LinkConfirmDialog'
import { openExternalLink } from './links/external-links'

const actions = createProjectActions(projectStore)
const noTags: ReadonlyMap<string, Tag> = new Map()
const noWarnings: ImportWarning[] = []
/** The window's one legal-text editor, and annotating over it (state outside the render: see workbench.ts). */
const editor = createRef<LegalEditorHandle>()
const currentEditor = () => editor.current
const annotating = createAnnotationWorkbench(projectStore, currentEditor)

export function App() {
  const ready = useStore((state) => state.ready)
  // Narrow selectors: an edit of one annotation re-renders only what shows it.
  const isOpen = useStore((state) => state.open !== null)
  const error = useStore((state) => state.error)
  const recent = useStore((state) => state.recent)
  const dirty = useStore(isDirty)
  const content = useStore((state) => state.open?.content ?? null)
  const hasText = useStore((state) => Boolean(state.open?.data.rest.document))
  const projectTitle = useStore((state) => state.open?.data.rest.meta.title)
  const fileName = useStore((state) => state.open?.fileName ?? null)
  const readOnly = useStore((state) => state.open?.readOnly ?? null)
  const conflictCopies = useStore((state) => state.open?.conflictCopies)
  const [doc, setDoc] = useState<PMNode | null>(null)
  // Edit mode belongs to the document it was switched on for: loading another one returns to reading.
  const [editingContent, setEditingContent] = useState<DocJSON | null>(null)
  const editing = editingContent !== null && editingContent === content
  const [dialog, setDialog] = useState<WorkbenchDialog | null>(null)
  // The parallel view shows the project as it was when it opened (aligning editions once, not per render).
  const parallelProject = useMemo(() => (dialog?.kind === 'parallel' ? composeProject(projectStore.getState(), projectStore.text()) : null), [dialog])
  const [searching, setSearching] = useState(false)
  const showSearchHits = useCallback((hits: HitRange[], active: number) => editor.current?.showSearchHits(hits, active), [])
  const merge = useMergeFlow()
  const author = useIdentity(actions.showError)
  useDiskWatch(fileName, actions.showError)
  const web = useWebAnnotations()
  const akn = useAknExport()
  const recovery = useRecovery(actions)
  const compare = useCompare()
  const compareView = useRef<CompareViewHandle>(null)
  // The last confirmed import's warnings, shown while its text is the one loaded.
  const [lastImport, setLastImport] = useState<{ content: DocJSON; warnings: ImportWarning[] } | null>(null)
  const importWarnings = lastImport && lastImport.content === content ? lastImport.warnings : noWarnings
  // What the export dialog exports: the project as it was when the dialog opened.
  const [exportProject, setExportProject] = useState<ProjectFile | null>(null)

  useEffect(() => void actions.start(), [])

  const outline = useMemo(() => (doc && isOpen ? buildOutline(doc) : []), [doc, isOpen])
  const title = projectTitle ?? t('appName')
  const tags = useStore((state) => (state.open?.data.tags ?? noTags) as ReadonlyMap<string, Tag>)

  useEffect(() => {
    document.title = `${dirty ? '● ' : ''}${title} — ${t('appName')}`
  }, [title, dirty])

  // Electron asks before closing a window whose page refuses to unload (see will-prevent-unload in main).
  // Commentary still held in its editor counts: it is committed first.
  useEffect(() => {
    const guard = (event: BeforeUnloadEvent) => {
      projectStore.flushEdits()
      if (isDirty(projectStore.getState())) event.preventDefault()
    }
    window.addEventListener('beforeunload', guard)
    return () => window.removeEventListener('beforeunload', guard)
  }, [])

  const context: CommandContext = {
    project: actions,
    history: (direction) => void projectStore.move(direction),
    guarded: (action) => {
      projectStore.flushEdits()
      if (!isDirty(projectStore.getState())) return action()
      // Pending edits reach the journal first: main drops it once another project is open, keeps it if the user cancels.
      setDialog({ kind: 'discard', then: () => void journalWriter.flush().then(action) })
    },
    openDialog: setDialog,
    annotate: (action) => void annotating.act(action),
    merge,
    compare,
    web,
    akn,
    toggleEdit: () => hasText && setEditingContent(editing ? null : content),
    openSearch: () => doc && setSearching(true),
    openExport: () => {
      const project = composeCurrent(projectStore)
      if (project?.document) setExportProject(project)
    },
    hasText: Boolean(doc)
  }
  const latestContext = useRef(context)
  useEffect(() => {
    latestContext.current = context
  })
  const runCommand = useCallback((command: CommandId) => commandTable[command](latestContext.current), [])

  useEffect(() => onCommand(runCommand), [runCommand])
  useEffect(() => onOpenRecent((recentId) => latestContext.current.guarded(() => void actions.openProject(recentId))), [])
  useEffect(() => onLinkOpen((url) => void openExternalLink(url, actions.showError)), [])

  // Autosave: a few seconds after the last change, as Save would; paused while a dialog or a write conflict
  // waits, and for a project open read-only (each try would only be refused).
  const conflictWaits = error?.code === 'errorFileChangedOnDisk' || error?.code === 'errorSavedAsConflictCopy' || error?.code === 'errorProjectReadOnly'
  const autosave = Boolean(dirty && fileName && !readOnly && !dialog && !merge.pending && !web.report && !conflictWaits)
  const autosaveNow = useCallback(() => runCommand('save'), [runCommand])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const shortcut = shortcutOf(event, isMac(), isTypingTarget(event.target))
      if (!shortcut) return
      runCommand(shortcut.command)
      event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [runCommand])

  const onDocChange = useCallback((next: PMNode) => setDoc(next), [])

  const goToUnit = useCallback((eId: string) => void editor.current?.goTo(eId), [])
  const outlineActions = useMemo(() => importWarnings.length > 0 && <ImportWarningsButton warnings={importWarnings} onGoTo={goToUnit} />, [importWarnings, goToUnit])

  const goToArticle = (num: string) => {
    const article = doc && findArticle(doc, num)
    return article ? editor.current!.goTo(article.eId) : false
  }

  const sidebars = useSidebarWidths()
  // CSS variables set through the CSSOM (allowed by the CSP): the grid columns and the resizers' places.
  const sidebarStyle = { '--outline-width': `${sidebars.widths.outline}px`, '--annotations-width': `${sidebars.widths.annotations}px` } as CSSProperties

  const archiveOpen = useArchiveOpen() && isOpen
  const savedState = !isOpen ? '' : dirty ? t('statusUnsaved') : fileName ? t('statusSaved') : t('statusNotSavedYet')

  return (
    <div className="workbench" data-ready={ready ? 'true' : undefined}>
      <Autosave enabled={autosave} save={autosaveNow} />
      <SaveRetry error={error} save={autosaveNow} />
      <Toolbar title={title} editing={editing} hasDocument={hasText} hasProject={isOpen} onCommand={runCommand} />
      {error && <ErrorBanner error={error} onDismiss={() => actions.showError(null)} />}
      {error && <ErrorActions error={error} onMerge={() => void merge.fromDisk()} onOpenBackup={(backupId) => void merge.openBackup(backupId)} />}
      {readOnly && <ReadOnlyBanner reason={readOnly} />}
      {conflictCopies && <ConflictCopiesNotice key={String(conflictCopies.length) + (conflictCopies[0]?.id ?? '')} copies={conflictCopies} onMerge={(copyId) => void merge.fromConflictCopy(copyId)} />}
      {akn.notice && <NoticeBanner text={akn.notice} onDismiss={akn.closeNotice} />}
      {recovery.notice && <NoticeBanner text={recovery.notice} onDismiss={recovery.closeNotice} />}
      <div className={`panes${hasText ? ' with-annotations' : ''}${archiveOpen ? ' with-archive' : ''}`} style={sidebarStyle}>
        <PaneResizer sidebar="outline" width={sidebars.widths.outline} direction={1} onResize={(width) => sidebars.resize('outline', width)} onDone={(width) => sidebars.keep('outline', width)} />
        {hasText && (
          <PaneResizer sidebar="annotations" width={sidebars.widths.annotations} direction={-1} onResize={(width) => sidebars.resize('annotations', width)} onDone={(width) => sidebars.keep('annotations', width)} />
        )}
        <aside className="sidebar">
          {isOpen && <LibraryButtons outline={outline} onError={actions.showError} onOpenAnnotation={annotating.open} />}
          {searching && doc && <SearchPanel doc={doc} onHits={showSearchHits} onClose={() => setSearching(false)} />}
          <Outline entries={outline} counts={annotating.counts} onSelect={(eId) => (compare.comparison ? compareView.current?.goTo(eId) : goToUnit(eId))} actions={outlineActions} />
          <RecentProjects recent={recent} onOpen={(recentId) => context.guarded(() => void actions.openProject(recentId))} onRemove={(recentId) => void actions.removeRecent(recentId)} />
        </aside>
        <main
          className={`document${editing ? ' editing' : ''}${compare.comparison ? ' comparing' : ''}`}
          onContextMenu={(event) => annotating.onContextMenu({ x: event.clientX, y: event.clientY }) && event.preventDefault()}
        >
          {compare.comparison && <CompareView ref={compareView} comparison={compare.comparison} onClose={compare.close} />}
          {isOpen ? (
            <LegalEditor
              ref={editor}
              store={projectStore}
              content={content}
              editing={editing}
              onDocChange={onDocChange}
              tags={tags}
              onAnnotationLayout={annotating.onLayout}
              onClickAnnotations={annotating.onClickAnnotations}
            />
          ) : (
            ready && (
              <div className="empty-state">
                <h1>{t('appName')}</h1>
                <p>{t('emptyStateIntro')}</p>
                <div className="empty-actions">
                  <button type="button" className="primary" onClick={() => runCommand('newProject')}>
                    {t('commandNewProject')}
                  </button>
                  <button type="button" onClick={() => runCommand('openProject')}>
                    {t('commandOpenProject')}
                  </button>
                </div>
              </div>
            )
          )}
        </main>
        {isOpen && <ArchiveBeside onCite={(citation) => void annotating.cite(citation)} />}
        {hasText && (
          <aside className="annotation-pane">
            <AnnotationPane workbench={annotating} outline={outline} editor={currentEditor} />
          </aside>
        )}
      </div>
      <AnnotationOverlays workbench={annotating} hasText={hasText} />
      <footer className="status-bar">
        <span data-testid="save-state">{savedState}</span>
        <IdentityChip identity={author.identity} onEdit={author.edit} />
        <span className="status-path">{fileName ?? ''}</span>
        <span>{hasText ? (editing ? t('toolbarEditing') : t('toolbarReading')) : ''}</span>
        <ThemeSetting />
      </footer>
      {exportProject && <ExportDialog project={exportProject} onClose={() => setExportProject(null)} onError={actions.showError} />}
      {web.report && <WebImportDialog report={web.report} onClose={web.closeReport} />}
      {author.editing && author.identity && <IdentityDialog identity={author.identity} onSave={(change) => void author.save(change)} onClose={author.cancel} />}
      {merge.pending && <MergeDialog merge={merge.pending} onApply={(merged) => void merge.apply(merged)} onClose={merge.cancel} />}
      {recovery.offer && !dialog && (
        <RecoveryOfferDialog
          offer={recovery.offer}
          onRestore={() => context.guarded(() => void recovery.restore())}
          onDiscard={() => void recovery.discard()}
          onClose={recovery.later}
        />
      )}
      <LinkConfirmDialog onError={actions.showError} />
      {dialog?.kind === 'goTo' && <GoToArticleDialog onGo={goToArticle} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'paste' && (
        <PasteImportDialog onClose={() => setDialog(null)} onSubmit={(text) => void actions.importPasted(text).then((imported) => imported && setDialog({ kind: 'import', imported }))} />
      )}
      {dialog?.kind === 'import' && (
        <ImportReportDialog
          imported={dialog.imported}
          replacesText={hasText && fileName !== null}
          onClose={() => setDialog(null)}
          onConfirm={() => {
            void actions.acceptImport(dialog.imported)
            setLastImport({ content: dialog.imported.doc, warnings: dialog.imported.report.warnings })
            setDialog(null)
          }}
        />
      )}
      {dialog?.kind === 'restoreVersion' && (
        <RestoreVersionDialog
          saved={fileName !== null}
          onClose={() => setDialog(null)}
          onRestore={(versionId) => {
            setDialog(null)
            void merge.restoreVersion(versionId)
          }}
        />
      )}
      {dialog?.kind === 'revision' && (
        <RevisionDialog
          imported={dialog.imported}
          previous={projectStore.getState().open?.data.rest.document?.edition?.label ?? fileName ?? ''}
          notes={projectStore.getState().open?.data.annotations.size ?? 0}
          onClose={() => setDialog(null)}
          onConfirm={(name) => {
            acceptRevision(projectStore, dialog.imported, name)
            setDialog(null)
          }}
        />
      )}
      {parallelProject && <ParallelView project={parallelProject} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'discard' && (
        <ConfirmDiscardDialog
          onClose={() => setDialog(null)}
          onConfirm={() => {
            setDialog(null)
            dialog.then()
          }}
        />
      )}
    </div>
  )
}
