type Data = Record<string, unknown>

/** The edition id a version-2 project's text gets: the same in every copy, so colleagues' upgraded copies merge. */
export const migratedEditionId = 'edition-1'

/**
 * Version 3 holds the work in several editions (see ../schema.ts). A version-2 project has one: its document
 * becomes the edition being read, labelled by its source file's name (or its own name), with no other
 * editions. Annotations are left as they are: their `target` is their place in that edition.
 */
export function migrateV2ToV3(v2: Data): Data {
  const document = typeof v2.document === 'object' && v2.document !== null ? (v2.document as Data) : null
  const source = document && typeof document.source === 'object' && document.source !== null ? (document.source as Data) : null
  const label = String(source?.fileName ?? document?.name ?? '').slice(0, 200)
  const named = document && !('edition' in document) ? { ...document, edition: { id: migratedEditionId, label } } : document
  return { ...v2, schemaVersion: 3, document: named, editions: [] }
}
