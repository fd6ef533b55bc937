import { useSyncExternalStore } from 'react'
import { createProjectStore, type StoreState } from './project-store'

/** The window's one project store. */
export const projectStore = createProjectStore()

/** Reads part of the store; the component re-renders when that part changes (compared with Object.is). */
export function useStore<T>(selector: (state: StoreState) => T): T {
  return useSyncExternalStore(projectStore.subscribe, () => selector(projectStore.getState()))
}
