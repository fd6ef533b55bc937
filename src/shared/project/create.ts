import { currentSchemaVersion, projectFormat, type LegalDocument, type ProjectFile } from './schema'

/** A new, empty project. `now` and `id` are parameters so tests can fix them. */
export function createProject(options: { title: string; authors?: string[]; document?: LegalDocument | null; now?: Date; id?: string }): ProjectFile {
  const stamp = (options.now ?? new Date()).toISOString()
  return {
    format: projectFormat,
    schemaVersion: currentSchemaVersion,
    meta: {
      id: options.id ?? crypto.randomUUID(),
      title: options.title,
      authors: options.authors ?? [],
      created: stamp,
      modified: stamp
    },
    document: options.document ?? null,
    editions: [],
    annotations: [],
    tags: [],
    sources: [],
    sync: { clocks: {}, tombstones: {}, hidden: {}, seen: {} }
  }
}
