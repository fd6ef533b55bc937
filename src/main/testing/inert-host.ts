import type { Host } from '../host'

/** A Host for unit tests: every required dialog answers "cancelled" unless `overrides` says otherwise. */
export function inertHost(overrides: Partial<Host> = {}): Host {
  return {
    chooseProjectToOpen: async () => null,
    chooseProjectToMerge: async () => null,
    chooseProjectSavePath: async () => null,
    chooseTextToImport: async () => null,
    openExternal: async () => undefined,
    ...overrides
  }
}
