import { z } from 'zod'
import { exportOptionsSchema, publicationLanguages } from './export/options'
import { pairFilters } from './export/comparative-table/filters'
import type { CommandId } from './commands'
import type { Result } from './errors'
import type { DocJSON } from './document/types'
import type { ImportReport } from './import/report'
import type { ProjectFile } from './project/schema'
import { identityChangeSchema, type Identity } from './identity/identity'
import { viewSettingsChangeSchema, type ViewSettings } from './settings'
import type { Conflict, MergeSummary } from './merge'
import type { EntryNote, ExternalAnnotation } from './exchange/web-annotation'
import type { ImportedSources } from './sources/import'
import { journalChangeSchema, maxChangesPerRecord, type JournalChange } from './journal/journal-change'
import type { SourceFromFile } from './sources/web/types'
import type { CodebookEntry } from './tags/codebook'

/**
 * The one IPC contract between the renderer and main. Each channel has a request schema (main validates
 * every message against it before a handler sees it) and a reply type. Replies are `Result`s: a failure is
 * an answer the renderer shows, never an exception thrown across the bridge.
 *
 * The renderer never names a filesystem path, and main never sends one: file dialogs run in main, which reads
 * what the user chose at once, and anything the renderer may come back to later (a recent project, a backup
 * offered with a refusal) is an opaque id that only main can resolve. Replies name files by their file name.
 */

/** What the renderer holds for an open project: the file's content and its file name (null: not saved yet). */
export interface ProjectSession {
  fileName: string | null
  project: ProjectFile
  /** Set when another window or Glossa holds the file: it is open read-only, and saving to it is refused. */
  readOnly?: ReadOnlyReason
  /** Conflict copies lying beside the file (a sync client's, or a save's that found the file changed), to merge. */
  conflictCopies?: ConflictCopy[]
}

/** Who holds the project's lock; `holder` null when the lock names nobody Glossa can read. */
export interface ReadOnlyReason {
  holder: { name: string; host: string; since: string } | null
}

/** A conflict copy offered for merging: `id` merges it (`project:mergeConflictCopy`). */
export interface ConflictCopy {
  id: string
  fileName: string
}

/** A previous version kept beside the project (newest first); `id` restores it (`project:restoreVersion`). */
export interface PreviousVersion {
  id: string
  savedAt: string
  /** Who made the last change in it; '' when it cannot be told. */
  author: string
  noteCount: number
}

/** A project in the recent list; `id` opens it (`project:open { recentId }`), main keeps where it lives. */
export interface RecentProject {
  id: string
  title: string
  fileName: string
  openedAt: string
  /** The file is no longer where it was when last opened or saved. */
  missing: boolean
}

export interface StartState {
  session: ProjectSession | null
  recent: RecentProject[]
  /** True the very first time Glossa starts, when it opens the welcome project. */
  firstLaunch: boolean
}

export interface ImportedText {
  fileName: string
  doc: DocJSON
  report: ImportReport
}

/** The outcome of "Merge from file…", for the merge dialog; nothing is saved until the user applies it. */
export interface MergeReply {
  fileName: string
  project: ProjectFile
  conflicts: Conflict[]
  summary: MergeSummary
  /** Set when their file annotates another version of the text and was re-anchored in mine first. */
  reanchored: { moved: number; orphans: number } | null
}

/** Annotations read from a Web Annotation (or Hypothesis) file, still to be sanitised and placed. */
export interface WebAnnotationsRead {
  fileName: string
  annotations: ExternalAnnotation[]
  /** Entries of the file that are not annotations, with why. */
  refused: EntryNote[]
}

/** A codebook read from a file chosen in a dialog, still to be put into the taxonomy (by the renderer, one step). */
export interface CodebookRead {
  fileName: string
  entries: CodebookEntry[]
  /** Colours in the file that are not colours (the entries are kept, without them). */
  badColours: string[]
}

/** A save that succeeded: the file now holds the project at `revision` (never an older one than was asked). */
export interface SavedProject {
  fileName: string
  revision: number
  recent: RecentProject[]
}

/** Where the window's file stands on disk; `fileName` null when the project was never saved. */
export interface DiskState {
  changed: boolean
  fileName: string | null
}

/** Unsaved work a crashed, killed or powered-off session left, offered for restore (see main/journal). */
export interface RecoveryOffer {
  offerId: string
  title: string
  /** The file the edits were made to; null: an untitled project. */
  fileName: string | null
  /** How many items (notes, tags, sources, the title, the text) the edits changed. */
  changes: number
  /** When the first and the last of the edits were journaled (ISO). */
  firstAt: string
  lastAt: string
  /** The file changed since the edits were made: restoring puts them over the file as it is now. */
  olderVersion: boolean
}

/** A restored journal: the project it applies to (now the window's) and its edits, oldest first. */
export interface RestoredWork {
  session: ProjectSession
  changes: JournalChange[]
  olderVersion: boolean
}

/** External links: opened, or to be confirmed by the user first (`url` as it will open, `site` to always allow). */
export type ExternalLinkReply = { status: 'opened' } | { status: 'ask'; url: string; site: string }

/** The other edition chosen for "Compare with Another Version…", imported by main (never a path). */
export interface ComparedEdition {
  fileName: string
  doc: DocJSON
  /** The text's language tag, as the import found it. */
  language: string
}

/** Ids main hands out (recent projects, backup offers): opaque, short, never a path. */
const opaqueId = z.string().min(1).max(128)
const empty = z.object({}).strict()
/**
 * A save carries the renderer's revision of the project it sends: each edit raises it. Main writes
 * revisions in order and never writes an older one over a newer one.
 */
const projectAtRevision = z.object({ project: z.unknown(), revision: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER) }).strict()

/** Request schemas, one per channel. The project itself is validated again by the project schema. */
export const requestSchemas = {
  'app:start': empty,
  'project:new': z.object({ title: z.string().max(1000).optional() }).strict(),
  /** Opens a project from the recent list (`recentId`), or one the user chooses in the Open dialog. */
  'project:open': z.object({ recentId: opaqueId.optional() }).strict(),
  /** Reads a BibTeX, RIS or CSL-JSON file chosen in a dialog as sources; the renderer adds them. */
  'sources:importFile': empty,
  /** Reads a saved page, PDF, DOCX or text chosen in a dialog as one source with its text archived; the user confirms it. */
  'sources:readFile': empty,
  /** Saves to the window's file (or asks where, for a project never saved). */
  'project:save': projectAtRevision,
  'project:saveAs': projectAtRevision,
  'project:close': empty,
  /** Merges a colleague's file, chosen in a dialog, into `project`, the window's current state. */
  'project:mergeFromFile': z.object({ project: z.unknown() }).strict(),
  /** Merges what another window or program wrote into the window's own file into `project`. */
  'project:mergeFromDisk': z.object({ project: z.unknown() }).strict(),
  /** The user applied the merge dialog: the merged state becomes what the next save builds on. */
  'project:acceptMerge': empty,
  /** Whether another window or program wrote the window's project file since it was read or saved. */
  'project:checkDisk': empty,
  /** Opens the backup kept beside a damaged project file: `backupId` came with the refusal to open it. */
  'project:openBackup': z.object({ backupId: opaqueId }).strict(),
  /** The previous versions kept beside the window's project file, for "Restore a previous version". */
  'project:listVersions': empty,
  /** Opens a previous version (an id from `project:listVersions`) in place of the window's project; saving keeps the current file as a version. */
  'project:restoreVersion': z.object({ versionId: opaqueId }).strict(),
  /** Merges a conflict copy offered on open (`id` from `ProjectSession.conflictCopies`) into `project`. */
  'project:mergeConflictCopy': z.object({ copyId: opaqueId, project: z.unknown() }).strict(),
  'identity:get': empty,
  /** Writes the project's annotations as W3C Web Annotation JSON-LD to a file chosen in a dialog. */
  'annotations:exportWeb': z.object({ project: z.unknown() }).strict(),
  /** Reads a Web Annotation or Hypothesis JSON file chosen in a dialog. */
  'annotations:readWeb': empty,
  'identity:set': identityChangeSchema,
  'recent:list': empty,
  /** Takes one entry off the recent list (a file that has gone missing, say); the file itself is not touched. */
  'recent:remove': z.object({ recentId: opaqueId }).strict(),
  'recent:clear': empty,
  /** The user's theme and sidebar widths. */
  'settings:get': empty,
  'settings:set': viewSettingsChangeSchema,
  /** Imports a legal text (txt, md, html, docx, pdf) chosen in a dialog. */
  'document:import': empty,
  /** Text pasted from the clipboard, imported like a file; capped at the file import limit (50 MB). */
  'document:importText': z.object({ text: z.string().max(50 * 1024 * 1024) }).strict(),
  /**
   * Opens a link in the OS browser or mail program: only http, https and mailto, and only after the user has
   * seen the full address once per site. `allow` carries the user's answer to the question main asked.
   */
  'shell:openExternal': z.object({ url: z.string().max(8192), allow: z.enum(['once', 'always']).optional() }).strict(),
  /** A batch of the window's unsaved edits for the hot-exit journal (`base`: an untitled project's starting point). */
  'journal:append': z
    .object({
      projectId: z.string().min(1).max(200),
      revision: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
      changes: z.array(journalChangeSchema).max(maxChangesPerRecord),
      base: z.unknown().optional()
    })
    .strict(),
  /** Unsaved work left by a session that ended without saving, if any. */
  'journal:offer': empty,
  /** Restores an offer into the window (it opens the project the edits belong to); an offer restores once. */
  'journal:restore': z.object({ offerId: opaqueId }).strict(),
  /** Throws away an offered journal. (The window's own goes when it starts over on another project: main/journal.) */
  'journal:discard': z.object({ offerId: opaqueId }).strict(),
  /** Exports the window's current project (validated again as a project) to a file chosen in a save dialog. */
  'export:pdf': z.object({ project: z.unknown(), options: exportOptionsSchema }).strict(),
  'export:docx': z.object({ project: z.unknown(), options: exportOptionsSchema }).strict(),
  /** Writes the project's legal text as Akoma Ntoso 3.0 XML to a file chosen in a save dialog. */
  'document:exportAkn': z.object({ project: z.unknown() }).strict(),
  /** Imports the other edition to compare the open document with, chosen in main's dialog; main keeps it for the table. */
  'editions:openOther': empty,
  /**
   * Writes the comparative table of `project`'s text (old wording, with its notes) and the edition last opened
   * with editions:openOther (new wording), to a file chosen in a save dialog. `filters`: which articles to list.
   */
  'export:comparativeTable': z
    .object({ project: z.unknown(), format: z.enum(['pdf', 'docx']), language: z.enum(publicationLanguages).nullable(), filters: z.array(z.enum(pairFilters)).min(1).max(pairFilters.length) })
    .strict(),
  /** Stops the window's running export; nothing is written. */
  'export:cancel': empty,
  /** Writes the tag taxonomy (validated again as one) as a CSV or REFI-QDA codebook to a file chosen in a dialog. */
  'tags:exportCodebook': z.object({ tags: z.unknown(), format: z.enum(['csv', 'qdc']) }).strict(),
  /** Reads a CSV or REFI-QDA codebook chosen in a dialog; the renderer puts it into the taxonomy. */
  'tags:importCodebook': empty
} as const

export type Channel = keyof typeof requestSchemas
export const channels = Object.keys(requestSchemas) as Channel[]
export type Request<C extends Channel> = z.infer<(typeof requestSchemas)[C]>

/** Reply values; `null` means the user cancelled a dialog. */
export interface Replies {
  'app:start': StartState
  'project:new': ProjectSession
  'project:open': ProjectSession | null
  'sources:importFile': ImportedSources | null
  'sources:readFile': SourceFromFile | null
  'project:save': SavedProject | null
  'project:saveAs': SavedProject | null
  'project:close': null
  'project:mergeFromFile': MergeReply | null
  'project:mergeFromDisk': MergeReply
  'project:acceptMerge': null
  'project:checkDisk': DiskState
  'project:openBackup': ProjectSession
  'project:listVersions': PreviousVersion[]
  'project:restoreVersion': ProjectSession
  'project:mergeConflictCopy': MergeReply
  'identity:get': Identity
  'annotations:exportWeb': ExportedFile | null
  'annotations:readWeb': WebAnnotationsRead | null
  'identity:set': Identity
  'recent:list': RecentProject[]
  'recent:remove': RecentProject[]
  'recent:clear': RecentProject[]
  'settings:get': ViewSettings
  'settings:set': ViewSettings
  'document:import': ImportedText | null
  'document:importText': ImportedText
  'shell:openExternal': ExternalLinkReply
  'journal:append': { needBase: boolean }
  'journal:offer': RecoveryOffer | null
  'journal:restore': RestoredWork
  'journal:discard': null
  'export:pdf': ExportedFile | null
  'export:docx': ExportedFile | null
  'document:exportAkn': ExportedFile | null
  'editions:openOther': ComparedEdition | null
  'export:comparativeTable': ExportedFile | null
  'export:cancel': null
  'tags:exportCodebook': ExportedFile | null
  'tags:importCodebook': CodebookRead | null
}

/** The name of the file an export was written to. */
export interface ExportedFile {
  fileName: string
}

/** How far an export has got: building the publication, laying out pages, writing the file. */
export type ExportStage = 'preparing' | 'layout' | 'writing'

export type Reply<C extends Channel> = Result<Replies[C]>

/** Messages main sends to the renderer. */
export interface RendererEvents {
  'menu:command': { command: CommandId }
  /** An entry chosen in the menu's Open Recent. */
  'menu:openRecent': { recentId: string }
  'export:progress': { stage: ExportStage }
  /** A link was followed in the window (main caught the navigation): the renderer opens it as a click would. */
  'link:open': { url: string }
}

/** The API the preload exposes as `window.glossa`. */
export interface GlossaApi {
  invoke<C extends Channel>(channel: C, request: Request<C>): Promise<Reply<C>>
  onCommand(listener: (command: CommandId) => void): () => void
  /** Entries chosen in the menu's Open Recent; returns the unsubscribe function. */
  onOpenRecent(listener: (recentId: string) => void): () => void
  /** Progress of the window's running export; returns the unsubscribe function. */
  onExportProgress(listener: (stage: ExportStage) => void): () => void
  /** Links main caught the window following; returns the unsubscribe function. */
  onLinkOpen(listener: (url: string) => void): () => void
  platform: string
}
