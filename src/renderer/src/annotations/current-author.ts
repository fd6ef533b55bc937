import type { Author } from '../../../shared/annotations/types'
import { currentIdentity } from '../identity/current-identity'

/**
 * The author of new annotations. Until each install has its own identity (issue 6), everyone is the same
 * local author; this is the one place to swap in the real one.
 */
export function currentAuthor(): Author {
  // The install's identity (issue 6): its random id always; 'Me' until the user has set a name.
  const identity = currentIdentity()
  if (identity) return { id: identity.id, name: identity.name || 'Me', color: identity.color }
  return { id: 'local-author', name: 'Me', color: '#2f5d8a' }
}
