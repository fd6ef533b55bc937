import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Node as PMNode } from 'prosemirror-model'
import { commandIds, commands, matchesAccelerator, type CommandId } from '../../shared/commands'
import { buildOutline, findArticle } from '../../shared/document/outline'
import type { DocJSON } from '../../shared/document/types'
import type { ImportedText } from '../../shared/ipc'
import type { ProjectFile } from '../../shared/project/schema'
import { invoke, isMac, onCommand } from './bridge'
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
import { useProjectSession } from './useProjectSession'
import { LibraryButtons } from './sources/LibraryButtons'
import { useAutosave } from './autosave/useAutosave'
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
import type { ImportWarning } from '../../shared/import/report'
import { useAnnotationWorkbench } from './annotations/useAnnotationWorkbench'

type Dialog = { kind: 'goTo' } | { kind: 'import'; imported: ImportedText } | { kind: 'paste' } | { kind: 'discard'; then: () => void } | null

export function App() {
  const project = useProjectSession()
  const { state } = project
  const editor = useRef<LegalEditorHandle>(null)
  const [doc, setDoc] = useState<PMNode | null>(null)
  // Edit mode belongs to the document it was switched on for: loading another one returns to reading.
  const [editingContent, setEditingContent] = useState<DocJSON | null>(null)
  const editing = editingContent !== null && editingContent === state.content
  const [dialog, setDialog] = useState<Dialog>(null)
  const [searching, setSearching] = useState(false)
  const showSearchHits = useCallback((hits: HitRange[], active: number) => editor.current?.showSearchHits(hits, active), [])
  const merge = useMergeFlow(project, () => editor.current?.currentDoc() ?? null)
  const author = useIdentity(project.showError)
  useDiskWatch(state.session?.fileName ?? null, project.showError)
  const web = useWebAnnotations(project, () => editor.current?.currentDoc() ?? null)
  const akn = useAknExport(project, () => editor.current?.currentDoc() ?? null)
  // The last confirmed import's warnings, shown while its text is the one loaded.
  const [lastImport, setLastImport] = useState<{ content: DocJSON; warnings: ImportWarning[] } | null>(null)
  const importWarnings = lastImport && lastImport.content === state.content ? lastImport.warnings : []
  // What the export dialog exports: the project as it was when the dialog opened.
  const [exportProject, setExportProject] = useState<ProjectFile | null>(null)

  const outline = useMemo(() => (doc && state.session ? buildOutline(doc) : []), [doc, state.session])
  const title = state.session?.project.meta.title ?? t('appName')
  const currentEditor = useCallback(() => editor.current, [])
  const annotating = useAnnotationWorkbench({ project: state.session?.project ?? null, content: state.content, editor: currentEditor, outline, updateProject: project.updateProject })

  useEffect(() => {
    document.title = `${state.dirty ? '● ' : ''}${title} — ${t('appName')}`
  }, [title, state.dirty])

  // Electron asks before closing a window whose page refuses to unload (see will-prevent-unload in main).
  useEffect(() => {
    if (!state.dirty) return
    const guard = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', guard)
    return () => window.removeEventListener('beforeunload', guard)
  }, [state.dirty])

  /** Runs `action` now, or after the user agrees to discard unsaved changes. */
  const guarded = useCallback((action: () => void) => (state.dirty ? setDialog({ kind: 'discard', then: action }) : action()), [state.dirty])

  const runCommand = useCallback(
    (command: CommandId) => {
      switch (command) {
        case 'newProject':
          return guarded(() => void project.newProject())
        case 'openProject':
          return guarded(() => void project.openProject())
        case 'closeProject':
          return guarded(() => void project.closeProject())
        case 'save':
          return void project.save(editor.current?.currentDoc() ?? null, false, annotating.annotationsToSave())
        case 'saveAs':
          return void project.save(editor.current?.currentDoc() ?? null, true, annotating.annotationsToSave())
        case 'highlight':
          return void annotating.act('highlight')
        case 'comment':
          return void annotating.act('comment')
        case 'tagSelection':
          return void annotating.act('tag')
        case 'importPasted':
          return setDialog({ kind: 'paste' })
        case 'mergeFromFile':
          return void merge.start()
        case 'importWebAnnotations':
          return void web.importFile()
        case 'exportWebAnnotations':
          return void web.exportAll()
        case 'exportAkn':
          return void akn.exportAkn()
        case 'importText':
          return void project.importText().then((imported) => imported && setDialog({ kind: 'import', imported }))
        case 'toggleEdit':
          return state.session?.project.document ? setEditingContent(editing ? null : state.content) : undefined
        case 'search':
          return doc ? setSearching(true) : undefined
        case 'goToArticle':
          return doc ? setDialog({ kind: 'goTo' }) : undefined
        case 'exportDocument':
          return state.session?.project.document
            ? setExportProject({ ...state.session.project, document: { ...state.session.project.document, content: (editor.current?.currentDoc()?.toJSON() as DocJSON | undefined) ?? state.session.project.document.content } })
            : undefined
      }
    },
    [guarded, project, state.session, state.content, editing, doc, annotating, merge, web, akn]
  )

  useEffect(() => onCommand(runCommand), [runCommand])

  // Autosave: a few seconds after the last change, as Save would; paused while a dialog or a write conflict waits.
  const revision = useMemo(() => ({ doc, session: state.session }), [doc, state.session])
  const autosave = Boolean(state.dirty && state.session?.fileName && !dialog && !merge.pending && !web.report && state.error?.code !== 'errorFileChangedOnDisk')
  useAutosave(autosave, revision, () => runCommand('save'))

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = commandIds.find((id) => matchesAccelerator(commands[id].accelerator, event, isMac()))
      // Outside text fields and the text being edited, undo and redo act on annotations.
      if (!command && !editing && !isTextField(event.target)) {
        const undo = matchesAccelerator('CmdOrCtrl+Z', event, isMac())
        const redo = matchesAccelerator('CmdOrCtrl+Shift+Z', event, isMac()) || matchesAccelerator('CmdOrCtrl+Y', event, isMac())
        if ((undo && annotating.undo()) || (redo && annotating.redo())) event.preventDefault()
        return
      }
      if (!command) return
      event.preventDefault()
      runCommand(command)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [runCommand, editing, annotating])

  const onDocChange = useCallback(
    (next: PMNode, edited: boolean) => {
      setDoc(next)
      if (edited) project.markDirty()
    },
    [project]
  )

  const goToArticle = (num: string) => {
    const article = doc && findArticle(doc, num)
    return article ? editor.current!.goTo(article.eId) : false
  }

  const savedState = !state.session ? '' : state.dirty ? t('statusUnsaved') : state.session.fileName ? t('statusSaved') : t('statusNotSavedYet')

  return (
    <div className="workbench" data-ready={state.ready ? 'true' : undefined}>
      <Toolbar title={state.session ? title : t('appName')} editing={editing} hasDocument={Boolean(state.session?.project.document)} hasProject={Boolean(state.session)} onCommand={runCommand} />
      {state.error && <ErrorBanner error={state.error} onDismiss={() => project.showError(null)} />}
      {state.error && <ErrorActions error={state.error} onMerge={() => void merge.fromDisk()} onOpenBackup={(backupId) => void merge.openBackup(backupId)} />}
      {akn.notice && <NoticeBanner text={akn.notice} onDismiss={akn.closeNotice} />}
      <div className={`panes${annotating.pane ? ' with-annotations' : ''}`}>
        <aside className="sidebar">
          {state.session && (
            <LibraryButtons project={state.session.project} outline={outline} updateProject={project.updateProject} onError={project.showError} onOpenAnnotation={annotating.openAnnotation} />
          )}
          {searching && doc && <SearchPanel doc={doc} onHits={showSearchHits} onClose={() => setSearching(false)} />}
          <Outline
            entries={outline}
            counts={annotating.counts}
            onSelect={(eId) => editor.current?.goTo(eId)}
            actions={importWarnings.length > 0 && <ImportWarningsButton warnings={importWarnings} onGoTo={(eId) => editor.current?.goTo(eId)} />}
          />
          <RecentProjects recent={state.recent} onOpen={(recentId) => guarded(() => void project.openProject(recentId))} />
        </aside>
        <main
          className={`document${editing ? ' editing' : ''}`}
          onContextMenu={(event) => annotating.onContextMenu({ x: event.clientX, y: event.clientY }) && event.preventDefault()}
        >
          {state.session ? (
            <LegalEditor
              ref={editor}
              content={state.content}
              editing={editing}
              onDocChange={onDocChange}
              annotations={annotating.drawn}
              onAnnotationLayout={annotating.onLayout}
              onClickAnnotations={annotating.onClickAnnotations}
            />
          ) : (
            state.ready && (
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
        <span className="status-path">{state.session?.fileName ?? ''}</span>
        <span>{state.session?.project.document ? (editing ? t('toolbarEditing') : t('toolbarReading')) : ''}</span>
      </footer>
      {exportProject && (
        <ExportDialog
          project={exportProject}
          onClose={() => setExportProject(null)}
          onError={project.showError}
        />
      )}
      {web.report && <WebImportDialog report={web.report} onClose={web.closeReport} />}
      {author.editing && author.identity && <IdentityDialog identity={author.identity} onSave={(change) => void author.save(change)} onClose={author.cancel} />}
      {merge.pending && <MergeDialog merge={merge.pending} onApply={(merged) => void merge.apply(merged)} onClose={merge.cancel} />}
      {dialog?.kind === 'goTo' && <GoToArticleDialog onGo={goToArticle} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'paste' && (
        <PasteImportDialog
          onClose={() => setDialog(null)}
          onSubmit={(text) =>
            void invoke('document:importText', { text }).then((reply) => (reply.ok ? setDialog({ kind: 'import', imported: reply.value }) : project.showError(reply.error)))
          }
        />
      )}
      {dialog?.kind === 'import' && (
        <ImportReportDialog
          imported={dialog.imported}
          replacesText={Boolean(state.session?.project.document) && state.session?.fileName !== null}
          onClose={() => setDialog(null)}
          onConfirm={() => {
            void project.acceptImport(dialog.imported)
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

/** Whether a key event comes from a place where the user types (their own undo applies there). */
function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
}
