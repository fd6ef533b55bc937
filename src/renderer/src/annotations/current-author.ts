import type { Author } from '../../../shared/annotations/types'

/**
 * The author of new annotations. Until each install has its own identity (issue 6), everyone is the same
 * local author; this is the one place to swap in the real one.
 */
export function currentAuthor(): Author {
  return { id: 'local-author', name: 'Me', color: '#2f5d8a' }
}
