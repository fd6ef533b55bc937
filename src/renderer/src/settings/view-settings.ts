import type { ViewSettings } from '../../../shared/settings'
import { invoke } from '../bridge'

let loading: Promise<ViewSettings | null> | null = null

/** The user's view settings as main keeps them, asked for once per page (the theme and the sidebars share it). */
export function loadViewSettings(): Promise<ViewSettings | null> {
  loading ??= invoke('settings:get', {}).then((reply) => (reply.ok ? reply.value : null))
  return loading
}
