import type { GlossaError, Result } from '../../../shared/errors'
import type { ImportedText } from '../../../shared/ipc'
import { translate } from '../../../shared/i18n/translate'
import { invoke } from '../bridge'
import { createSaveQueue } from './save-queue'
import { projectFromData } from './operations'
import type { ProjectStore } from './project-store'

/**
 * What the renderer asks main to do with the open project (new, open, close, save, import a text), each
 * result put into the store. Saves go through one queue (see save-queue.ts).
 */
export function createProjectActions(store: ProjectStore) {
  /** Runs a request; on failure shows the error and returns null. */
  const run = async <T>(request: Promise<Result<T>>): Promise<T | null> => {
    const reply = await request
    if (!reply.ok) {
      store.showError(reply.error)
      return null
    }
    return reply.value
  }

  const saves = createSaveQueue(store, ({ project, revision, as }) => invoke(as ? 'project:saveAs' : 'project:save', { project, revision }))

  const refreshRecent = async () => {
    const recent = await run(invoke('recent:list', {}))
    if (recent) store.setRecent(recent)
  }

  return {
    run,
    saves,
    async start() {
      const reply = await invoke('app:start', {})
      if (!reply.ok) return store.started([], null, reply.error)
      store.started(reply.value.recent, reply.value.session)
    },
    async newProject() {
      const session = await run(invoke('project:new', {}))
      if (session) store.load(session)
    },
    /** Opens a project from the recent list (its opaque id), or one the user picks in main's dialog. */
    async openProject(recentId?: string) {
      const session = await run(invoke('project:open', recentId ? { recentId } : {}))
      if (session) store.load(session)
      await refreshRecent()
    },
    /** Takes an entry off the recent list (the file stays where it is, or stays missing). */
    async removeRecent(recentId: string) {
      const recent = await run(invoke('recent:remove', { recentId }))
      if (recent) store.setRecent(recent)
    },
    async closeProject() {
      await run(invoke('project:close', {}))
      store.load(null)
    },
    save: (as = false) => saves.save(as),
    importText: () => run(invoke('document:import', {})),
    async importPasted(text: string) {
      return run(invoke('document:importText', { text }))
    },
    /** Puts an imported text into the open project (or a new one), replacing its document. */
    async acceptImport(imported: ImportedText) {
      if (!store.getState().open) {
        const session = await run(invoke('project:new', {}))
        if (!session) return
        store.load(session)
      }
      const open = store.getState().open!
      const project = projectFromData(open.data)
      const titleNode = imported.doc.content?.find((node) => node.type === 'title')
      const name = titleNode?.content?.map((node) => node.text ?? '').join('') || imported.fileName
      const untitled = project.meta.title === translate('untitledProject') || project.meta.title === translate('welcomeProjectTitle')
      store.replaceDocument({
        ...project,
        meta: untitled ? { ...project.meta, title: name } : project.meta,
        document: { name, language: imported.report.language, source: { fileName: imported.fileName, format: imported.report.format }, content: imported.doc }
      })
    },
    showError: (error: GlossaError | null) => store.showError(error)
  }
}

export type ProjectActions = ReturnType<typeof createProjectActions>
