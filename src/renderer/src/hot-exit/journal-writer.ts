import type { Result } from '../../../shared/errors'
import type { Replies, Request } from '../../../shared/ipc'
import type { JournalChange } from '../../../shared/journal/journal-change'
import type { ProjectFile } from '../../../shared/project/schema'
import { composeProject } from '../store/compose'
import { projectFromData, type CollectionName } from '../store/operations'
import type { ProjectStore, StoreState } from '../store/project-store'

/** Sends one batch to main's journal. */
export type SendJournal = (request: Request<'journal:append'>) => Promise<Result<Replies['journal:append']>>

/** A batch goes this long after the last edit, and never later than `journalMaxWaitMs` after the first unjournaled one. */
export const journalQuietMs = 250
export const journalMaxWaitMs = 800

interface Timers {
  setTimeout(run: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

const browserTimers: Timers = { setTimeout: (run, ms) => setTimeout(run, ms), clearTimeout: (handle) => clearTimeout(handle as number) }

/**
 * Hot exit in the renderer: the store's operations are sent to main's journal within a second of the last
 * edit, as the whole new value of each item they touched (and the text, when it was edited), so a crash loses
 * nothing the user did more than a second ago. Main clears the journal when the project is saved.
 */
export function createJournalWriter(store: ProjectStore, send: SendJournal, timers: Timers = browserTimers) {
  let generation: number | null = null
  /** Items changed since the last batch, and since the project was loaded (resent if main lost its journal). */
  let touched = new Set<string>()
  let touchedSinceLoad = new Set<string>()
  let loadedText = 0
  let journaledText = 0
  let journaledRevision = 0
  let base: ProjectFile | null = null
  let sendBase = false
  let timer: unknown = null
  let waitingSince: number | null = null
  let sending: Promise<void> | null = null

  const cancelTimer = () => {
    if (timer !== null) timers.clearTimeout(timer)
    timer = null
  }

  const reset = (state: StoreState) => {
    cancelTimer()
    waitingSince = null
    generation = state.open?.generation ?? null
    touched = new Set()
    touchedSinceLoad = new Set()
    loadedText = journaledText = state.textRevision
    journaledRevision = state.editedRevision
    base = state.open ? projectFromData(state.open.data) : null
    sendBase = state.open?.fileName === null
  }

  const schedule = () => {
    const now = Date.now()
    waitingSince ??= now
    cancelTimer()
    timer = timers.setTimeout(() => void flush(), Math.max(0, Math.min(journalQuietMs, waitingSince + journalMaxWaitMs - now)))
  }

  /** The batch of what changed since the last one, read from the store as it is now. */
  const batchOf = (state: StoreState, keys: Iterable<string>, withText: boolean): JournalChange[] => {
    const open = state.open!
    const textSinceLoad = state.textRevision !== loadedText
    // After the text was edited, each note's anchor is read from where it is drawn now (as a save would).
    const composed = textSinceLoad ? composeProject(state, store.text()) : null
    const composedById = composed ? new Map(composed.annotations.map((annotation) => [annotation.id, annotation])) : null
    const changes: JournalChange[] = []
    for (const key of keys) {
      if (key === 'meta') {
        changes.push({ in: 'meta', value: open.data.rest.meta })
        continue
      }
      if (key === 'edition') {
        // Another edition is read (a revised version imported): its text and the editions kept beside it.
        changes.push({ in: 'document', value: (composed ?? open.data.rest).document }, { in: 'editions', value: open.data.rest.editions })
        continue
      }
      const split = key.indexOf(':')
      const collection = key.slice(0, split) as CollectionName
      const id = key.slice(split + 1)
      const value = collection === 'annotations' ? (composedById?.get(id) ?? open.data.annotations.get(id)) : open.data[collection].get(id)
      changes.push({ in: collection, id, value: value ?? null } as JournalChange)
    }
    if (withText && composed) {
      changes.push({ in: 'meta', value: composed.meta }, { in: 'document', value: composed.document })
      for (const annotation of composed.annotations)
        if (annotation !== open.data.annotations.get(annotation.id)) changes.push({ in: 'annotations', id: annotation.id, value: annotation })
    }
    return changes
  }

  async function flush(): Promise<void> {
    cancelTimer()
    waitingSince = null
    if (sending) {
      await sending
      return flush()
    }
    const state = store.getState()
    if (!state.open || state.open.generation !== generation || state.editedRevision <= journaledRevision) return
    const withText = state.textRevision !== journaledText
    const keys = touched
    const changes = batchOf(state, keys, withText)
    touched = new Set()
    const sentText = journaledText
    journaledText = state.textRevision
    journaledRevision = state.editedRevision
    if (changes.length === 0) return
    const request: Request<'journal:append'> = { projectId: state.open.data.rest.meta.id, revision: state.editedRevision, changes, ...(sendBase && base ? { base } : {}) }
    sending = send(request).then(
      (reply) => {
        sending = null
        if (state.open?.generation !== generation) return
        if (reply.ok && !reply.value.needBase) {
          sendBase = false
          return
        }
        journaledRevision = 0
        if (reply.ok) {
          // Main has no journal for this untitled project: every change since the load, with its starting point.
          sendBase = true
          touched = new Set([...touchedSinceLoad, ...touched])
          journaledText = loadedText
          schedule()
        } else {
          // Refused or not written: these go again with the next edit.
          touched = new Set([...keys, ...touched])
          journaledText = sentText
        }
      },
      () => {
        sending = null
      }
    )
    await sending
  }

  const keyOf = (change: { in: string; id?: string }) => (change.id === undefined ? change.in : `${change.in}:${change.id}`)
  const stopChanges = store.onChanges((changes) => {
    for (const change of changes) {
      if (change.in === 'sync') continue
      touched.add(keyOf(change))
      touchedSinceLoad.add(keyOf(change))
    }
  })
  const stopState = store.subscribe(() => {
    const state = store.getState()
    if ((state.open?.generation ?? null) !== generation) return reset(state)
    // Everything is in the file (main dropped it from the journal as it saved): the text saved is the new
    // starting point, so the next edit journals only what it changed, not the text again. Checked first, so that
    // the many store changes of a saved project (a selection, a scroll) allocate nothing here.
    const behindTheFile = loadedText !== state.textRevision || journaledText !== state.textRevision || journaledRevision < state.editedRevision || touched.size > 0 || touchedSinceLoad.size > 0
    if (behindTheFile && state.open?.fileName && state.savedRevision >= state.editedRevision && !sending) {
      touched = new Set()
      touchedSinceLoad = new Set()
      loadedText = journaledText = state.textRevision
      journaledRevision = state.editedRevision
    }
    if (state.open && state.editedRevision > journaledRevision) schedule()
  })
  reset(store.getState())

  return {
    /** Sends what is pending now (before the window leaves its project; a save does not need it: main keeps newer edits). */
    flush,
    stop() {
      cancelTimer()
      stopChanges()
      stopState()
    }
  }
}

export type JournalWriter = ReturnType<typeof createJournalWriter>
