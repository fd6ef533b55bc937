import type { Identity } from '../../../shared/identity/identity'

/**
 * The install's author identity as the renderer last received it from main (loaded at start, changed in the
 * identity dialog). Code that signs new work (annotations, replies) reads it through `currentIdentity`.
 */
let current: Identity | null = null

/** Records the identity main answered with. */
export function setCurrentIdentity(identity: Identity): void {
  current = identity
}

/** The identity, once loaded; null before main has answered. */
export function currentIdentity(): Identity | null {
  return current
}
