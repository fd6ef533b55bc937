/**
 * Identifiers between Glossa and Web Annotation files. The model wants IRIs (`id` on every annotation,
 * collection and page); Glossa's ids are short strings. An id that is already an IRI (an annotation first
 * made in Hypothesis keeps `https://hypothes.is/a/…`) goes out as it is, any other as `urn:uuid:…`, and the
 * two read back to the same Glossa id. An entry with no id gets one made from its content, so reading the
 * same file twice gives the same ids and a re-import updates instead of duplicating.
 */

const iriPattern = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i

/** The longest id a project file accepts. */
export const maxIdLength = 200

/** Whether `value` is written like an absolute IRI (`scheme:rest`, no spaces). */
export function isIri(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 4000 && iriPattern.test(value)
}

/** A Glossa id as an IRI. */
export function toIri(id: string): string {
  return isIri(id) && !id.startsWith('urn:uuid:') ? id : `urn:uuid:${encodeURIComponent(id)}`
}

/** The Glossa id of an IRI or bare id from a file: `urn:uuid:X` gives X; a too long one gives a digest of it. */
export function fromIri(iri: string): string {
  const id = iri.startsWith('urn:uuid:') ? decoded(iri.slice(9)) : iri
  return id.length > 0 && id.length <= maxIdLength ? id : `wa-${digest(iri)}`
}

/** A 64-bit FNV-1a digest as hex: stable across runs and machines (no crypto needed for naming). */
export function digest(text: string): string {
  let hash = 0xcbf29ce484222325n
  for (let index = 0; index < text.length; index++) {
    hash ^= BigInt(text.charCodeAt(index))
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn
  }
  return hash.toString(16).padStart(16, '0')
}

/** The fragment of an IRI (`…#art_3` gives `art_3`), decoded, or null. */
export function fragmentOf(iri: string): string | null {
  const at = iri.indexOf('#')
  return at === -1 || at === iri.length - 1 ? null : decoded(iri.slice(at + 1))
}

/** Percent-decoded text; text that is not valid percent-encoding stays as it is. */
export function decoded(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
