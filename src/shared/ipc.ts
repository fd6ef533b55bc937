import { z } from 'zod'
import { exportOptionsSchema, publicationLanguages } from './export/options'
import { pairFilters } from './export/comparative-table/filters'
import type { CommandId } from './commands'
import type { Result } from './errors'
import type { DocJSON } from './document/types'
import type { ImportReport } from './import/report'
import type { ProjectFile } from './project/schema'
import { identityChangeSchema, type Identity } from './identity/identity'
import type { Conflict, MergeSummary } from './merge'
import type { EntryNote, ExternalAnnotation } from './exchange/web-annotation'
import type { ImportedSources } from './sources/import'

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
  'identity:get': empty,
  /** Writes the project's annotations as W3C Web Annotation JSON-LD to a file chosen in a dialog. */
  'annotations:exportWeb': z.object({ project: z.unknown() }).strict(),
  /** Reads a Web Annotation or Hypothesis JSON file chosen in a dialog. */
  'annotations:readWeb': empty,
  'identity:set': identityChangeSchema,
  'recent:list': empty,
  /** Imports a legal text (txt, md, html, docx, pdf) chosen in a dialog. */
  'document:import': empty,
  /** Text pasted from the clipboard, imported like a file; capped at the file import limit (50 MB). */
  'document:importText': z.object({ text: z.string().max(50 * 1024 * 1024) }).strict(),
  'shell:openExternal': z.object({ url: z.url({ protocol: /^https?$/ }).max(8192) }).strict(),
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
  'export:cancel': empty
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
  'project:save': SavedProject | null
  'project:saveAs': SavedProject | null
  'project:close': null
  'project:mergeFromFile': MergeReply | null
  'project:mergeFromDisk': MergeReply
  'project:acceptMerge': null
  'project:checkDisk': DiskState
  'project:openBackup': ProjectSession
  'identity:get': Identity
  'annotations:exportWeb': ExportedFile | null
  'annotations:readWeb': WebAnnotationsRead | null
  'identity:set': Identity
  'recent:list': RecentProject[]
  'document:import': ImportedText | null
  'document:importText': ImportedText
  'shell:openExternal': null
  'export:pdf': ExportedFile | null
  'export:docx': ExportedFile | null
  'document:exportAkn': ExportedFile | null
  'editions:openOther': ComparedEdition | null
  'export:comparativeTable': ExportedFile | null
  'export:cancel': null
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
  'export:progress': { stage: ExportStage }
}

/** The API the preload exposes as `window.glossa`. */
export interface GlossaApi {
  invoke<C extends Channel>(channel: C, request: Request<C>): Promise<Reply<C>>
  onCommand(listener: (command: CommandId) => void): () => void
  /** Progress of the window's running export; returns the unsubscribe function. */
  onExportProgress(listener: (stage: ExportStage) => void): () => void
  platform: string
}
