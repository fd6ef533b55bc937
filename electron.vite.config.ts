import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

// lowdb and steno are ESM-only; main is built as CJS, so they are bundled into it.
const esmOnly = ['lowdb', 'steno']

export default defineConfig({
  main: {
    build: { externalizeDeps: { exclude: esmOnly } }
  },
  preload: {
    // A sandboxed preload can only require 'electron': everything else is bundled.
    build: { externalizeDeps: false }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') }
    },
    plugins: [react()]
  }
})
