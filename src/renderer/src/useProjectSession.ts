import { useCallback, useEffect, useRef, useState } from 'react'
import type { Node as PMNode } from 'prosemirror-model'
import type { Annotation } from '../../shared/annotations/types'
import type { DocJSON } from '../../shared/document/types'
import type { GlossaError, Result } from '../../shared/errors'
import type { ImportedText, ProjectSession, RecentProject } from '../../shared/ipc'
import type { ProjectFile } from '../../shared/project/schema'
import { translate } from '../../shared/i18n/translate'
import { invoke } from './bridge'

/**
 * The open project as the renderer sees it: the file's content, where it lives, whether it has unsaved
 * changes, and the actions that load and save it through main.
 */
export interface ProjectState {
  session: ProjectSession | null
  /** The document shown in the editor; a new object means new content was loaded. */
  content: DocJSON | null
  dirty: boolean
  recent: RecentProject[]
  error: GlossaError | null
  ready: boolean
}

export function useProjectSession() {
  const [state, setState] = useState<ProjectState>({ session: null, content: null, dirty: false, recent: [], error: null, ready: false })

  const showError = useCallback((error: GlossaError | null) => setState((current) => ({ ...current, error })), [])

  /** Runs a request; on failure shows the error and returns null. */
  const run = useCallback(
    async <T,>(request: Promise<Result<T>>): Promise<T | null> => {
      const reply = await request
      if (!reply.ok) {
        showError(reply.error)
        return null
      }
      return reply.value
    },
    [showError]
  )

  const load = useCallback((session: ProjectSession | null) => {
    setState((current) => ({ ...current, session, content: session?.project.document?.content ?? null, dirty: false, error: null }))
  }, [])

  useEffect(() => {
    void invoke('app:start', {}).then((reply) => {
      if (!reply.ok) return setState((current) => ({ ...current, ready: true, error: reply.error }))
      const { session, recent } = reply.value
      setState((current) => ({ ...current, recent, ready: true, session, content: session?.project.document?.content ?? null }))
    })
  }, [])

  const refreshRecent = useCallback(async () => {
    const recent = await run(invoke('recent:list', {}))
    if (recent) setState((current) => ({ ...current, recent }))
  }, [run])

  const newProject = useCallback(async () => {
    const session = await run(invoke('project:new', {}))
    if (session) load(session)
  }, [run, load])

  const openProject = useCallback(
    async (recentId?: string) => {
      const session = await run(invoke('project:open', recentId ? { recentId } : {}))
      if (session) load(session)
      await refreshRecent()
    },
    [run, load, refreshRecent]
  )

  const closeProject = useCallback(async () => {
    await run(invoke('project:close', {}))
    load(null)
  }, [run, load])

  /** The project with the editor's current document written into it. */
  const snapshot = useCallback(
    (doc: PMNode | null) => {
      const session = state.session
      if (!session) return null
      const project = session.project
      if (!doc || !project.document) return project
      return { ...project, document: { ...project.document, content: doc.toJSON() as DocJSON } }
    },
    [state.session]
  )

  // Until the renderer store counts edits, each save request is a newer revision than the one before.
  const revision = useRef(0)
  const save = useCallback(
    /** `annotations`, when given, replaces the list (with targets re-read from a corrected text). */
    async (doc: PMNode | null, as: boolean, annotations?: Annotation[]) => {
      const current = snapshot(doc)
      if (!current) return showError({ code: 'errorNoProjectOpen' })
      const project = annotations ? { ...current, annotations } : current
      const saved = await run(invoke(as ? 'project:saveAs' : 'project:save', { project, revision: ++revision.current }))
      if (!saved) return
      setState((current) => ({
        ...current,
        recent: saved.recent,
        dirty: false,
        session: { fileName: saved.fileName, project: { ...project, meta: { ...project.meta, modified: new Date().toISOString() } } }
      }))
    },
    [snapshot, run, showError]
  )

  const importText = useCallback(() => run(invoke('document:import', {})), [run])

  /** Puts an imported text into the open project (or a new one), replacing its document. */
  const acceptImport = useCallback(
    async (imported: ImportedText) => {
      let session = state.session ?? (await run(invoke('project:new', {})))
      if (!session) return
      const titleNode = imported.doc.content?.find((node) => node.type === 'title')
      const name = titleNode?.content?.map((node) => node.text ?? '').join('') || imported.fileName
      const project = session.project
      const untitled = project.meta.title === translate('untitledProject') || project.meta.title === translate('welcomeProjectTitle')
      session = {
        ...session,
        project: {
          ...project,
          meta: untitled ? { ...project.meta, title: name } : project.meta,
          document: { name, language: imported.report.language, source: { fileName: imported.fileName, format: imported.report.format }, content: imported.doc }
        }
      }
      setState((current) => ({ ...current, session, content: imported.doc, dirty: true, error: null }))
    },
    [state.session, run]
  )

  /** Takes in a merged project (the user applied "Merge from file"): same text, new data, not saved yet. */
  const adoptMerged = useCallback((merged: ProjectSession['project']) => {
    setState((current) => (current.session ? { ...current, dirty: true, error: null, session: { ...current.session, project: merged } } : current))
  }, [])

  const markDirty = useCallback(() => setState((current) => (current.dirty ? current : { ...current, dirty: true })), [])

  /** Changes the open project's data (annotations, tags, sources) and marks it unsaved; `dirty` false for bookkeeping. */
  const updateProject = useCallback((change: (project: ProjectFile) => ProjectFile, dirty = true) => {
    setState((current) => {
      if (!current.session) return current
      const project = change(current.session.project)
      if (project === current.session.project) return current
      return { ...current, dirty: current.dirty || dirty, session: { ...current.session, project } }
    })
  }, [])

  return { state, load, snapshot, adoptMerged, newProject, openProject, closeProject, save, importText, acceptImport, markDirty, showError, updateProject }
}
