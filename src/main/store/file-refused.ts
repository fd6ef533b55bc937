import type { GlossaError } from '../../shared/errors'

/** Thrown by a read that found a file it must not use; carries the user-facing reason. */
export class FileRefusedError extends Error {
  constructor(readonly refusal: GlossaError) {
    super(refusal.code)
  }
}
