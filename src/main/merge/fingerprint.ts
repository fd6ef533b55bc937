import { createHash } from 'node:crypto'
import { legalSchema } from '../../shared/document/schema'
import type { DocJSON } from '../../shared/document/types'
import { canonicalJSON } from '../../shared/merge/canonical'

/**
 * The legal text's fingerprint: SHA-256 of its canonical JSON. Two project files annotate the same text
 * exactly when their fingerprints are equal; merging files of different text versions needs re-anchoring.
 * The text is read through the schema first, so attributes at their defaults count the same whether a file
 * writes them or not (a colleague's older Glossa did not yet write paragraph notes).
 */
export function documentFingerprint(content: DocJSON): string {
  const normalised = legalSchema.nodeFromJSON(content).toJSON() as DocJSON
  return createHash('sha256').update(canonicalJSON(normalised)).digest('hex')
}
