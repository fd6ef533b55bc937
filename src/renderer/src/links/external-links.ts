import { useSyncExternalStore } from 'react'
import type { GlossaError } from '../../../shared/errors'
import { invoke } from '../bridge'

/** A link main wants the user to confirm: its full address and the site "always allow" would remember. */
export interface LinkQuestion {
  url: string
  site: string
}

let question: LinkQuestion | null = null
const listeners = new Set<() => void>()
const ask = (next: LinkQuestion | null) => {
  question = next
  for (const listener of listeners) listener()
}

/**
 * Opens a link the user followed (a click in a commentary, a navigation main caught): main opens it at once
 * for a site the user always allows, refuses what is not http, https or mailto, and otherwise asks here first.
 */
export async function openExternalLink(url: string, onError: (error: GlossaError) => void): Promise<void> {
  const reply = await invoke('shell:openExternal', { url })
  if (!reply.ok) return onError(reply.error)
  if (reply.value.status === 'ask') ask({ url: reply.value.url, site: reply.value.site })
}

/** The user's answer to the pending question (null: cancel). */
export async function answerLink(allow: 'once' | 'always' | null, onError: (error: GlossaError) => void): Promise<void> {
  const pending = question
  ask(null)
  if (!pending || !allow) return
  const reply = await invoke('shell:openExternal', { url: pending.url, allow })
  if (!reply.ok) onError(reply.error)
}

export function useLinkQuestion(): LinkQuestion | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => question
  )
}
