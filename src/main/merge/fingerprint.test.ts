import { describe, expect, it } from 'vitest'
import { legalSchema } from '../../shared/document/schema'
import type { DocJSON } from '../../shared/document/types'
import { importPlainText } from '../../shared/import/plain-text'
import { documentFingerprint } from './fingerprint'

describe('documentFingerprint', () => {
  const imported = importPlainText('Law\n\nPart I\nArticle 1\n1. Everyone is equal.\n2. The state protects the family.')
  if (!imported.ok) throw new Error(imported.error.code)

  it('is the same for one text written by an older Glossa that did not yet write an attribute', () => {
    // What today's editor writes: every attribute, those at their defaults too (paragraph notes: null).
    const written = legalSchema.nodeFromJSON(imported.doc).toJSON() as DocJSON
    expect(JSON.stringify(written)).not.toBe(JSON.stringify(imported.doc))
    expect(documentFingerprint(imported.doc)).toBe(documentFingerprint(written))
  })

  it('differs when a word of the text differs', () => {
    const changed = JSON.parse(JSON.stringify(imported.doc).replace('equal', 'free')) as DocJSON
    expect(documentFingerprint(changed)).not.toBe(documentFingerprint(imported.doc))
  })
})
