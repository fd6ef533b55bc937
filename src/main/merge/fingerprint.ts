import { createHash } from 'node:crypto'
import type { DocJSON } from '../../shared/document/types'
import { canonicalJSON } from '../../shared/merge/canonical'

/**
 * The legal text's fingerprint: SHA-256 of its canonical JSON. Two project files annotate the same text
 * exactly when their fingerprints are equal; merging files of different text versions needs re-anchoring.
 */
export function documentFingerprint(content: DocJSON): string {
  return createHash('sha256').update(canonicalJSON(content)).digest('hex')
}
