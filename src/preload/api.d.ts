import type { GlossaApi } from '../shared/ipc'

declare global {
  interface Window {
    glossa: GlossaApi
  }
}

export {}
