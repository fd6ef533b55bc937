import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    // Several tests start a process, a browser or citeproc: seconds on a busy two-core machine. Speed is
    // measured by the benches, never by a test's timeout.
    testTimeout: 20_000
  }
})
