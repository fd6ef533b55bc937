import { useCallback, useEffect, useState } from 'react'
import type { GlossaError } from '../../../shared/errors'
import type { Identity } from '../../../shared/identity/identity'
import { invoke } from '../bridge'
import { setCurrentIdentity } from './current-identity'

/** The author identity: created by main with a random id on first use; the user sets name and colour. */
export function useIdentity(showError: (error: GlossaError) => void) {
  const [identity, setIdentity] = useState<Identity | null>(null)
  const [editing, setEditing] = useState(false)

  useEffect(() => {
    void invoke('identity:get', {}).then((reply) => {
      if (!reply.ok) return
      setCurrentIdentity(reply.value)
      setIdentity(reply.value)
    })
  }, [])

  const save = useCallback(
    async (change: { name: string; color: string }) => {
      const reply = await invoke('identity:set', change)
      if (!reply.ok) return showError(reply.error)
      setCurrentIdentity(reply.value)
      setIdentity(reply.value)
      setEditing(false)
    },
    [showError]
  )

  return { identity, editing, edit: () => setEditing(true), cancel: () => setEditing(false), save }
}
