import type { DocJSON } from '../document/types'
import { editionText, type GeneratedEdition } from '../fixtures/generate-editions'
import { importPlainText } from '../import/plain-text'

/** A generated edition imported the way a user's file is: through the plain-text importer. */
export function importEdition(edition: GeneratedEdition): DocJSON {
  const outcome = importPlainText(editionText(edition))
  if (!outcome.ok) throw new Error(`generated edition did not import: ${outcome.error.code}`)
  return outcome.doc
}
