import type { Node as PMNode } from 'prosemirror-model'
import type { Annotation } from '../../../shared/annotations/types'
import type { DocJSON } from '../../../shared/document/types'
import type { GlossaError } from '../../../shared/errors'
import type { ConflictCopy, ProjectSession, ReadOnlyReason, RecentProject } from '../../../shared/ipc'
import type { ProjectFile } from '../../../shared/project/schema'
import { emptyHistory, moveStep, recordStep, type History, type Step } from './history'
import { applyChanges, changesBetween, dataFromProject, inOrderOf, projectFromData, type Change, type ProjectData } from './operations'

/**
 * The one owner of the open project in the renderer. A plain module with subscribe/getState, read by React
 * through useSyncExternalStore (see useStore.ts): no library is needed for one store with a handful of
 * actions, it runs unchanged in Vitest under Node, and views re-render only when what their selector
 * returns changes.
 */

/** The open project: where it lives, its data, and the text as loaded (a new object: the editor loads it). */
export interface OpenProject {
  /** The file's name (null: never saved); where it lives only main knows. */
  fileName: string | null
  data: ProjectData
  content: DocJSON | null
  /** Grows with every project loaded, so a late reply about an earlier project is ignored. */
  generation: number
  /** Set when another window or Glossa holds the file: saving to it is refused (issue 16). */
  readOnly: ReadOnlyReason | null
  /** Conflict copies main found beside the file when it was opened, to merge. */
  conflictCopies: ConflictCopy[]
}

export interface StoreState {
  ready: boolean
  open: OpenProject | null
  recent: RecentProject[]
  error: GlossaError | null
  /** Grows with every edit of the text or the data, and with every save sent (main writes revisions in order). */
  revision: number
  /** The revision of the newest edit. */
  editedRevision: number
  /** Grows with every edit of the legal text (typing, an import): the hot-exit journal then keeps the text too. */
  textRevision: number
  /** The newest revision known to be in the file (or loaded from it). */
  savedRevision: number
  history: History
  /** The annotation open in the pane. */
  selectedAnnotation: string | null
}

/** The legal text's editor as the store sees it: the text and anchors as they are now, and its own undo. */
export interface TextSource {
  currentDoc(): PMNode
  /** The annotations with targets re-read from where they are drawn now. */
  currentTargets(annotations: readonly Annotation[]): Annotation[]
  undo(): boolean
  redo(): boolean
  /** Starts a new text undo step with the next edit (called when a data step comes between). */
  closeGroup(): void
}

/** Told of every operation applied, with its changes, so that views can update only what they touch. */
export type ChangeListener = (changes: readonly Change[]) => void

export function createProjectStore() {
  let state: StoreState = { ready: false, open: null, recent: [], error: null, revision: 0, editedRevision: 0, textRevision: 0, savedRevision: 0, history: emptyHistory, selectedAnnotation: null }
  let text: TextSource | null = null
  let generation = 0
  /** True while the text editor replays one of its own steps for undo or redo: not a new step. */
  let replaying = false
  const listeners = new Set<() => void>()
  /** Edits a view holds back for a moment (typing in commentary), committed before anything reads the project. */
  const held = new Set<() => void>()
  const changeListeners = new Set<ChangeListener>()

  /** The revision fields for one more edit. */
  const edited = () => ({ revision: state.revision + 1, editedRevision: state.revision + 1 })
  const set = (next: Partial<StoreState>) => {
    state = { ...state, ...next }
    for (const listener of listeners) listener()
  }

  /** Applies changes to the open project; returns the inverse, or null if nothing is open. */
  const perform = (changes: readonly Change[]): { inverse: Change[]; open: OpenProject } | null => {
    if (!state.open) return null
    const applied = applyChanges(state.open.data, changes)
    // Another edition to read: the editor loads its text (a new content object).
    const content = changes.some((change) => change.in === 'edition') ? (applied.data.rest.document?.content ?? null) : state.open.content
    return { inverse: applied.inverse, open: { ...state.open, data: applied.data, content } }
  }
  const announce = (changes: readonly Change[]) => {
    for (const listener of changeListeners) listener(changes)
  }

  const store = {
    getState: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    /** Listens to every applied operation (the editor patches its drawing per operation). */
    onChanges(listener: ChangeListener) {
      changeListeners.add(listener)
      return () => changeListeners.delete(listener)
    },
    /**
     * A view holds an edit back (typing in commentary stays in its editor until a pause): `commit` applies it.
     * Returns the release, for when the view committed it itself.
     */
    holdEdit(commit: () => void): () => void {
      held.add(commit)
      return () => held.delete(commit)
    },
    /** Commits every held edit: before a save, an export, a merge, undo, or the project being replaced. */
    flushEdits() {
      for (const commit of [...held]) {
        held.delete(commit)
        commit()
      }
    },
    attachText(source: TextSource | null) {
      text = source
    },
    text: () => text,

    started(recent: RecentProject[], session: ProjectSession | null, error: GlossaError | null = null) {
      set({ ready: true, recent, error })
      if (session) store.load(session)
    },
    /** Opens a project (null: none): clean, with a fresh history. */
    load(session: ProjectSession | null, dirty = false) {
      store.flushEdits()
      generation++
      const open = session && {
        fileName: session.fileName,
        data: dataFromProject(session.project),
        content: session.project.document?.content ?? null,
        generation,
        readOnly: session.readOnly ?? null,
        conflictCopies: session.conflictCopies ?? []
      }
      const revision = state.revision + 1
      set({ open, ...edited(), savedRevision: dirty ? state.savedRevision : revision, history: emptyHistory, error: null, selectedAnnotation: null })
    },
    /** Puts new text into the open project (an import): a new document, unsaved, a fresh history. */
    replaceDocument(project: ProjectFile) {
      store.flushEdits()
      if (!state.open) return
      const open: OpenProject = { ...state.open, data: dataFromProject(project), content: project.document?.content ?? null }
      set({ open, ...edited(), textRevision: state.textRevision + 1, history: emptyHistory, error: null, selectedAnnotation: null })
    },

    /**
     * Applies one operation as one undo step. `key` makes a run of edits of one thing one step (typing in
     * a commentary); `record` false for bookkeeping that the user did not do.
     */
    apply(changes: readonly Change[], options: { key?: string; record?: boolean } = {}) {
      if (changes.length === 0) return
      const done = perform(changes)
      if (!done) return
      const history = options.record === false ? state.history : recordStep(state.history, { kind: 'data', changes: done.inverse, key: options.key, at: Date.now() })
      // The next typing in the text is a step after this one, not part of the text step before it.
      if (history !== state.history) text?.closeGroup()
      set({ open: done.open, ...edited(), history })
      announce(changes)
    },
    /**
     * Reads another edition of the work (a revised version imported, its notes carried): one undoable step
     * from the project as it is now (`before`, the text and targets as the editor holds them) to `after`.
     * The editor loads the other text, so its own undo steps end here: earlier steps are forgotten.
     */
    changeEdition(before: ProjectFile, after: ProjectFile) {
      if (!state.open) return
      const forward: Change[] = [{ in: 'edition', value: { document: after.document, editions: after.editions } }, ...changesBetween(before, after)]
      const back: Change[] = [{ in: 'edition', value: { document: before.document, editions: before.editions } }, ...changesBetween(after, before)]
      const done = perform(forward)
      if (!done) return
      set({ open: done.open, ...edited(), history: recordStep(emptyHistory, { kind: 'data', changes: back, at: Date.now() }), selectedAnnotation: null })
      announce(forward)
    },
    /** Changes the project through a function of the whole file (tags, sources, the tag manager): one step. */
    update(change: (project: ProjectFile) => ProjectFile) {
      if (!state.open) return
      const before = projectFromData(state.open.data)
      store.apply(changesBetween(before, change(before)))
    },
    /** Takes in a project that crossed IPC (an applied merge, imported annotations) as one undoable step. */
    adopt(project: ProjectFile, same: (a: unknown, b: unknown) => boolean) {
      if (!state.open) return
      store.apply(changesBetween(projectFromData(state.open.data), project, same))
      const open = state.open
      const data = open && inOrderOf(open.data, project)
      if (open && data !== open.data) set({ open: { ...open, data } })
    },

    /** The text editor changed the text; `step` when its own history gained a step. */
    textEdited(step: boolean) {
      const history = step && !replaying ? recordStep(state.history, { kind: 'text' }) : state.history
      set({ ...edited(), textRevision: state.textRevision + 1, history })
    },

    undo: () => store.move('undo'),
    redo: () => store.move('redo'),
    /** Undoes or redoes the newest step in that direction; false when there is none. */
    move(direction: 'undo' | 'redo'): boolean {
      store.flushEdits()
      let changed: Change[] = []
      let open = state.open
      const history = moveStep(state.history, direction, (step): Step => {
        if (step.kind === 'text') {
          replaying = true
          try {
            if (direction === 'undo') text?.undo()
            else text?.redo()
          } finally {
            replaying = false
          }
          return step
        }
        const done = perform(step.changes)
        if (!done) return step
        open = done.open
        changed = step.changes
        return { kind: 'data', changes: done.inverse, at: 0 }
      })
      if (!history) return false
      set({ open, history, ...edited() })
      if (changed.length > 0) announce(changed)
      return true
    },

    /** Main wrote `revision` of the project of `generation` to `fileName`: clean unless newer edits exist. */
    saved(reply: { generation: number; revision: number; fileName: string; recent: RecentProject[] }) {
      const open = state.open
      if (!open || open.generation !== reply.generation) return set({ recent: reply.recent })
      const modified = new Date().toISOString()
      const rest = { ...open.data.rest, meta: { ...open.data.rest.meta, modified } }
      // A save that succeeded wrote a file this window holds (Save As from a read-only project included).
      set({ open: { ...open, fileName: reply.fileName, data: { ...open.data, rest }, readOnly: null }, recent: reply.recent, savedRevision: Math.max(state.savedRevision, reply.revision) })
    },
    /** Makes the project unsaved without an edit (a merge main accepted, a backup opened). */
    markDirty() {
      set(edited())
    },
    /** A new revision for a save about to be sent (a save with no edit since the last still writes the file). */
    nextSaveRevision(): number {
      set({ revision: state.revision + 1 })
      return state.revision
    },
    showError(error: GlossaError | null) {
      set({ error })
    },
    setRecent(recent: RecentProject[]) {
      set({ recent })
    },
    select(selectedAnnotation: string | null) {
      if (selectedAnnotation !== state.selectedAnnotation) set({ selectedAnnotation })
    }
  }
  return store
}

export type ProjectStore = ReturnType<typeof createProjectStore>

/** Whether the open project has edits the file does not have yet. */
export const isDirty = (state: StoreState) => state.open !== null && state.editedRevision > state.savedRevision
