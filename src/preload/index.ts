import { contextBridge, ipcRenderer } from 'electron'
import type { GlossaApi, RendererEvents } from '../shared/ipc'

/**
 * The narrow bridge between the renderer and main: `window.glossa` exposes the IPC contract and nothing else.
 * Main validates every message; this side only forwards.
 */

/** Forwards one event's value to `listener`; returns the unsubscribe function. */
function subscribe<E extends keyof RendererEvents, V>(event: E, pick: (payload: RendererEvents[E]) => V, listener: (value: V) => void): () => void {
  const forward = (_event: unknown, payload: RendererEvents[E]) => listener(pick(payload))
  ipcRenderer.on(event, forward)
  return () => {
    ipcRenderer.removeListener(event, forward)
  }
}

const api: GlossaApi = {
  invoke: (channel, request) => ipcRenderer.invoke(channel, request),
  onCommand: (listener) => subscribe('menu:command', (payload) => payload.command, listener),
  onOpenRecent: (listener) => subscribe('menu:openRecent', (payload) => payload.recentId, listener),
  onExportProgress: (listener) => subscribe('export:progress', (payload) => payload.stage, listener),
  onLinkOpen: (listener) => subscribe('link:open', (payload) => payload.url, listener),
  platform: process.platform
}

contextBridge.exposeInMainWorld('glossa', api)
