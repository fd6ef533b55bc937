/**
 * Stands in for the 'electron' module when the real preload is bundled for the browser tests. It only
 * carries messages: `invoke` goes to the Node-side binding that calls main's real handler table, and
 * `exposeInMainWorld` puts the API on window as contextBridge would.
 */
type Listener = (event: unknown, payload: unknown) => void

declare global {
  interface Window {
    __glossaInvoke(channel: string, payload: unknown): Promise<unknown>
    __glossaEmit(channel: string, payload: unknown): void
  }
}

const listeners = new Map<string, Set<Listener>>()

window.__glossaEmit = (channel, payload) => {
  for (const listener of listeners.get(channel) ?? []) listener({}, payload)
}

export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown) {
    Object.defineProperty(window, key, { value: Object.freeze(api), writable: false, configurable: false })
  }
}

export const ipcRenderer = {
  invoke: (channel: string, payload: unknown) => window.__glossaInvoke(channel, payload),
  on(channel: string, listener: Listener) {
    if (!listeners.has(channel)) listeners.set(channel, new Set())
    listeners.get(channel)!.add(listener)
  },
  removeListener(channel: string, listener: Listener) {
    listeners.get(channel)?.delete(listener)
  }
}
