/**
 * Runs inside the page (injected before the app loads): times what a user feels, from the input event to
 * the frame that shows its effect. `arm` names the input to wait for and what "done" looks like; the next
 * such trusted event starts the clock at its own timeStamp (so time the event waited in the queue counts).
 * `paint` is the first frame after the event (requestAnimationFrame, then a task: the frame has been
 * committed); `settled` is the frame after the last DOM change caused by it, once the page's DOM stayed
 * unchanged for `quietMs` and the `until` condition holds (for work the app defers: debounces, effects, IPC).
 */
import type { ArmOptions, Condition, Measurement } from './probe-types'

declare global {
  interface Window {
    __benchProbe: { arm(options: ArmOptions): void; result(): Promise<Measurement> }
    __benchIpc: { channel: string; ms: number }[]
  }
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)))

let lastMutation = 0
new MutationObserver(() => {
  lastMutation = performance.now()
}).observe(document, { subtree: true, childList: true, characterData: true, attributes: true })

function textOf(selector: string): string {
  return document.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
}

function holds(condition: Condition, textBefore: string): boolean {
  switch (condition.kind) {
    case 'count':
      return condition.atLeast <= 1 ? document.querySelector(condition.selector) !== null : document.querySelectorAll(condition.selector).length >= condition.atLeast
    case 'text':
      return textOf(condition.selector).toLowerCase() === condition.text.replace(/\s+/g, ' ').trim().toLowerCase()
    case 'textChanged':
      return textOf(condition.selector) !== textBefore
    case 'none':
      return true
  }
}

let pending: Promise<Measurement> | null = null

function arm(options: ArmOptions) {
  const textsBefore = options.until.map((condition) => (condition.kind === 'textChanged' ? textOf(condition.selector) : ''))
  const done = () => options.until.every((condition, index) => holds(condition, textsBefore[index]!))
  pending = new Promise<Measurement>((resolve, reject) => {
    const onEvent = (event: Event) => {
      if (!event.isTrusted || (options.detail !== undefined && (event as MouseEvent).detail !== options.detail)) return
      window.removeEventListener(options.event, onEvent, true)
      void measureFrom(event.timeStamp).then(resolve, reject)
    }
    window.addEventListener(options.event, onEvent, { capture: true })
  })

  async function measureFrom(start: number): Promise<Measurement> {
    const first = await nextFrame()
    let previous = first
    let settledAt = first
    // Conditions query the whole DOM (100,000 elements at 10,000 notes): checked every 100 ms, not every frame,
    // so the probe does not compete with the app. When they are checked does not change what is measured.
    let checked = 0
    for (;;) {
      const frame = await nextFrame()
      // A change made since the previous frame is first shown in this one.
      if (lastMutation > previous) settledAt = frame
      previous = frame
      if (frame - lastMutation >= options.quietMs && frame - checked >= 100 && ((checked = frame), done())) return { paint: first - start, settled: settledAt - start }
      if (frame - start > options.timeoutMs) throw new Error(`no ${JSON.stringify(options.until)} within ${options.timeoutMs} ms of the ${options.event}`)
    }
  }
}

window.__benchProbe = {
  arm,
  result() {
    if (!pending) return Promise.reject(new Error('the probe was not armed'))
    return pending
  }
}

// The preload's fake electron sends each invoke to window.__glossaInvoke. Playwright's own serialiser takes
// seconds for a 10,000-annotation project (far slower than Electron's structured clone), so the bench sends
// JSON text to the harness's binding instead, and records the renderer's side of each round trip (encoding,
// transfer, main, decoding) beside main's own time.
window.__benchIpc = []
const bridge = window as unknown as {
  __glossaInvoke?: (channel: string, payload: unknown) => Promise<unknown>
  __benchInvokeJson?: (channel: string, json: string) => Promise<string>
}
const sendJson = bridge.__benchInvokeJson
if (sendJson) {
  bridge.__glossaInvoke = async (channel, payload) => {
    const begin = performance.now()
    try {
      return JSON.parse(await sendJson(channel, JSON.stringify(payload ?? null))) as unknown
    } finally {
      window.__benchIpc.push({ channel, ms: performance.now() - begin })
    }
  }
}
