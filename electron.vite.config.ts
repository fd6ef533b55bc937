import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

// lowdb and steno are ESM-only; main is built as CJS, so they are bundled into it.
const esmOnly = ['lowdb', 'steno']

/** GLOSSA_BUILD_DIR lets parallel work build its own copy; the app itself always uses out/. */
const buildDir = resolve(__dirname, process.env['GLOSSA_BUILD_DIR'] ?? 'out')

export default defineConfig({
  main: {
    build: { outDir: resolve(buildDir, 'main'), externalizeDeps: { exclude: esmOnly } }
  },
  preload: {
    // A sandboxed preload can only require 'electron': everything else is bundled.
    build: { outDir: resolve(buildDir, 'preload'), externalizeDeps: false }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      outDir: resolve(buildDir, 'renderer'),
      rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') }
    },
    plugins: [react()]
  }
})
