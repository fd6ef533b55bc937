/** What the page probe (probe.ts) is told to wait for, and what it measures; shared by the page and Node. */

/** When an interaction's effect is complete, as a user would check it. */
export type Condition =
  | { kind: 'none' }
  /** At least `atLeast` elements match. */
  | { kind: 'count'; selector: string; atLeast: number }
  /** The first match reads `text` (case and runs of spaces ignored). */
  | { kind: 'text'; selector: string; text: string }
  /** The first match's text differs from what it read when the probe was armed (missing reads as ''). */
  | { kind: 'textChanged'; selector: string }

export interface ArmOptions {
  /** The DOM event that starts the clock: keydown, mousedown, wheel, click. */
  event: string
  /** Only events with this `detail` (2: the second press of a double click). */
  detail?: number
  /** All must hold for the interaction to count as finished. */
  until: Condition[]
  /** How long the DOM must stay unchanged for the interaction to count as finished. */
  quietMs: number
  timeoutMs: number
}

/** Milliseconds from the input event to the first painted frame, and to the frame showing its last change. */
export interface Measurement {
  paint: number
  settled: number
}
