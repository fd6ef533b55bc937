import { contextBridge, ipcRenderer } from 'electron'
import type { CommandId } from '../shared/commands'
import type { GlossaApi, RendererEvents } from '../shared/ipc'

/**
 * The narrow bridge between the renderer and main: `window.glossa` exposes the IPC contract and nothing else.
 * Main validates every message; this side only forwards.
 */
const api: GlossaApi = {
  invoke: (channel, request) => ipcRenderer.invoke(channel, request),
  onCommand: (listener: (command: CommandId) => void) => {
    const forward = (_event: unknown, payload: RendererEvents['menu:command']) => listener(payload.command)
    ipcRenderer.on('menu:command', forward)
    return () => {
      ipcRenderer.removeListener('menu:command', forward)
    }
  },
  onExportProgress: (listener) => {
    const forward = (_event: unknown, payload: RendererEvents['export:progress']) => listener(payload.stage)
    ipcRenderer.on('export:progress', forward)
    return () => {
      ipcRenderer.removeListener('export:progress', forward)
    }
  },
  onLinkOpen: (listener) => {
    const forward = (_event: unknown, payload: RendererEvents['link:open']) => listener(payload.url)
    ipcRenderer.on('link:open', forward)
    return () => {
      ipcRenderer.removeListener('link:open', forward)
    }
  },
  platform: process.platform
}

contextBridge.exposeInMainWorld('glossa', api)
