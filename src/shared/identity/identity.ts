import { z } from 'zod'
import type { Author } from '../annotations/types'

/**
 * Who is working in this install: a random id (never shown; it tells authors apart and orders their
 * edits in the merge clocks), a display name and a colour. Set on first use, kept in the app-data folder.
 */
export type Identity = Author

/** Colours offered for a new author; distinguishable on white and in print. */
export const authorColors = ['#2f5d8a', '#b5452b', '#3d7a3a', '#7b4f9d', '#a86b00', '#19747e', '#9d3560', '#5a5a5a'] as const

export const identitySchema = z.object({
  id: z.string().min(8).max(200),
  name: z.string().max(200),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/)
})

/** What the user may change: the name and the colour. */
export const identityChangeSchema = z.object({ name: z.string().trim().min(1).max(200), color: identitySchema.shape.color }).strict()

/** A new identity with no name yet; the colour is picked from the id so colleagues tend to differ. */
export function newIdentity(id: string): Identity {
  let sum = 0
  for (const character of id) sum = (sum * 31 + character.charCodeAt(0)) >>> 0
  return { id, name: '', color: authorColors[sum % authorColors.length]! }
}
