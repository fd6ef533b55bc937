import { act, type ReactElement } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach } from 'vitest'

/** React's act() only flushes effects where the test environment says it is one. */
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

/** A component test's mount point: a fresh element and React root per test, unmounted after it. */
export interface TestRoot {
  /** The element the component renders into. */
  readonly host: HTMLDivElement
  /** Renders (or re-renders) an element and flushes its effects. */
  render(element: ReactElement): void
}

/** Registers the per-test set-up and clean-up of a React root in jsdom (call at the top of a test file). */
export function mountPerTest(): TestRoot {
  let host: HTMLDivElement
  let root: Root
  beforeEach(() => {
    host = document.createElement('div')
    document.body.append(host)
    root = createRoot(host)
  })
  afterEach(() => {
    act(() => root.unmount())
    host.remove()
  })
  return {
    get host() {
      return host
    },
    render: (element) => act(() => root.render(element))
  }
}
