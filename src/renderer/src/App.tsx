import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Node as PMNode } from 'prosemirror-model'
import type { CommandId } from '../../shared/commands'
import { buildOutline, findArticle } from '../../shared/document/outline'
import type { ProjectFile } from '../../shared/project/schema'
import { isMac, onCommand } from './bridge'
import { ConfirmDiscardDialog } from './components/ConfirmDialog'
import { ErrorBanner } from './components/ErrorBanner'
import { GoToArticleDialog } from './components/GoToArticleDialog'
import { ImportReportDialog } from './components/ImportReportDialog'
import { PasteImportDialog } from './components/PasteImportDialog'
import { Outline } from './components/Outline'
import { SearchPanel } from './components/SearchPanel'
import { RecentProjects } from './components/RecentProjects'
import { Toolbar } from './components/Toolbar'
import { LegalEditor, type LegalEditorHandle } from './editor/LegalEditor'
import type { HitRange } from './editor/plugins/search-highlight'
import { ExportDialog } from './export/ExportDialog'
import { t } from './i18n'
import { LibraryButtons } from './sources/LibraryButtons'
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
import type { DocJSON } from '../../shared/document/types'
import type { ImportWarning } from '../../shared/import/report'
import { useAnnotationWorkbench } from './annotations/useAnnotationWorkbench'
import { CompareView, type CompareViewHandle } from './compare/CompareView'
import { useCompare } from './compare/useCompare'
import { commandTable, type CommandContext } from './commands/command-table'
import type { WorkbenchDialog } from './commands/command-context'
import { isTypingTarget, shortcutOf } from './commands/keyboard'
import { composeProject } from './store/compose'
import { createProjectActions } from './store/project-actions'
import { isDirty } from './store/project-store'
import { projectStore, useStore } from './store/useStore'

const actions = createProjectActions(projectStore)

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
  const editor = useRef<LegalEditorHandle>(null)
  const [doc, setDoc] = useState<PMNode | null>(null)
  // Edit mode belongs to the document it was switched on for: loading another one returns to reading.
  const [editingContent, setEditingContent] = useState<DocJSON | null>(null)
  const editing = editingContent !== null && editingContent === content
  const [dialog, setDialog] = useState<WorkbenchDialog | null>(null)
  const [searching, setSearching] = useState(false)
  const showSearchHits = useCallback((hits: HitRange[], active: number) => editor.current?.showSearchHits(hits, active), [])
  const merge = useMergeFlow()
  const author = useIdentity(actions.showError)
  useDiskWatch(fileName, actions.showError)
  const web = useWebAnnotations()
  const akn = useAknExport()
  const compare = useCompare()
  const compareView = useRef<CompareViewHandle>(null)
  // The last confirmed import's warnings, shown while its text is the one loaded.
  const [lastImport, setLastImport] = useState<{ content: DocJSON; warnings: ImportWarning[] } | null>(null)
  const importWarnings = lastImport && lastImport.content === content ? lastImport.warnings : []
  // What the export dialog exports: the project as it was when the dialog opened.
  const [exportProject, setExportProject] = useState<ProjectFile | null>(null)

  useEffect(() => void actions.start(), [])

  const outline = useMemo(() => (doc && isOpen ? buildOutline(doc) : []), [doc, isOpen])
  const title = projectTitle ?? t('appName')
  const currentEditor = useCallback(() => editor.current, [])
  const annotating = useAnnotationWorkbench({ editor: currentEditor, outline })

  useEffect(() => {
    document.title = `${dirty ? '● ' : ''}${title} — ${t('appName')}`
  }, [title, dirty])

  // Electron asks before closing a window whose page refuses to unload (see will-prevent-unload in main).
  useEffect(() => {
    if (!dirty) return
    const guard = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', guard)
    return () => window.removeEventListener('beforeunload', guard)
  }, [dirty])

  const context: CommandContext = {
    project: actions,
    history: (direction) => void projectStore.move(direction),
    guarded: (action) => (isDirty(projectStore.getState()) ? setDialog({ kind: 'discard', then: action }) : action()),
    openDialog: setDialog,
    annotate: (action) => void annotating.act(action),
    merge,
    compare,
    web,
    akn,
    toggleEdit: () => hasText && setEditingContent(editing ? null : content),
    openSearch: () => doc && setSearching(true),
    openExport: () => {
      const project = composeProject(projectStore.getState(), projectStore.text())
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

  // Autosave: a few seconds after the last change, as Save would; paused while a dialog or a write conflict waits.
  const autosave = Boolean(dirty && fileName && !dialog && !merge.pending && !web.report && error?.code !== 'errorFileChangedOnDisk')
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

  const goToArticle = (num: string) => {
    const article = doc && findArticle(doc, num)
    return article ? editor.current!.goTo(article.eId) : false
  }

  const savedState = !isOpen ? '' : dirty ? t('statusUnsaved') : fileName ? t('statusSaved') : t('statusNotSavedYet')

  return (
    <div className="workbench" data-ready={ready ? 'true' : undefined}>
      <Autosave enabled={autosave} save={autosaveNow} />
      <Toolbar title={title} editing={editing} hasDocument={hasText} hasProject={isOpen} onCommand={runCommand} />
      {error && <ErrorBanner error={error} onDismiss={() => actions.showError(null)} />}
      {error && <ErrorActions error={error} onMerge={() => void merge.fromDisk()} onOpenBackup={(backupId) => void merge.openBackup(backupId)} />}
      {akn.notice && <NoticeBanner text={akn.notice} onDismiss={akn.closeNotice} />}
      <div className={`panes${annotating.pane ? ' with-annotations' : ''}`}>
        <aside className="sidebar">
          {isOpen && <LibraryButtons outline={outline} onError={actions.showError} onOpenAnnotation={annotating.openAnnotation} />}
          {searching && doc && <SearchPanel doc={doc} onHits={showSearchHits} onClose={() => setSearching(false)} />}
          <Outline
            entries={outline}
            counts={annotating.counts}
            onSelect={(eId) => (compare.comparison ? compareView.current?.goTo(eId) : editor.current?.goTo(eId))}
            actions={importWarnings.length > 0 && <ImportWarningsButton warnings={importWarnings} onGoTo={(eId) => editor.current?.goTo(eId)} />}
          />
          <RecentProjects recent={recent} onOpen={(recentId) => context.guarded(() => void actions.openProject(recentId))} />
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
              tags={annotating.tags}
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
        {annotating.pane && <aside className="annotation-pane">{annotating.pane}</aside>}
      </div>
      {annotating.overlays}
      <footer className="status-bar">
        <span data-testid="save-state">{savedState}</span>
        <IdentityChip identity={author.identity} onEdit={author.edit} />
        <span className="status-path">{fileName ?? ''}</span>
        <span>{hasText ? (editing ? t('toolbarEditing') : t('toolbarReading')) : ''}</span>
      </footer>
      {exportProject && <ExportDialog project={exportProject} onClose={() => setExportProject(null)} onError={actions.showError} />}
      {web.report && <WebImportDialog report={web.report} onClose={web.closeReport} />}
      {author.editing && author.identity && <IdentityDialog identity={author.identity} onSave={(change) => void author.save(change)} onClose={author.cancel} />}
      {merge.pending && <MergeDialog merge={merge.pending} onApply={(merged) => void merge.apply(merged)} onClose={merge.cancel} />}
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
