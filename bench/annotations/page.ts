import { TextSelection } from 'prosemirror-state'
import { EditorView } from 'prosemirror-view'
import { buildDocumentText, type DocumentText } from '../../src/shared/annotations/document-text'
import { createAnnotation } from '../../src/shared/annotations/model'
import { targetFromUnitOffsets } from '../../src/shared/annotations/selectors'
import type { Annotation } from '../../src/shared/annotations/types'
import { legalSchema } from '../../src/shared/document/schema'
import { seededRandom } from '../../src/shared/fixtures/generate-project'
import { generateLegalText } from '../../src/shared/fixtures/generate-text'
import { importPlainText } from '../../src/shared/import/plain-text'
import { createEditorState } from '../../src/renderer/src/editor/create-state'
import { annotationLayout, annotationsPlugin, patchAnnotations, syncAnnotations, type DrawnAnnotation } from '../../src/renderer/src/editor/plugins/annotations'

/**
 * The browser side of bench/annotations: runs in Chromium (the engine Electron ships), with the app's
 * stylesheet, so opening, drawing and layout are measured as a user would wait for them.
 */

/** What one run measured, in milliseconds. */
export interface Figures {
  open: number
  selectionP95: number
  addP95: number
  /** Where adding spends its time: the plugin's state, the view's update, reading the layout, the browser's style and layout. */
  addParts: { plugin: number; view: number; layout: number; draw: number }
  anchored: number
  elements: number
}

function makeAnnotations(text: DocumentText, total: number, seed: number): Annotation[] {
  const next = seededRandom(seed)
  const units = [...text.units.values()].filter((unit) => unit.eId.startsWith('art_'))
  const author = { id: 'bench', name: 'Bench', color: '#2f5d8a' }
  return Array.from({ length: total }, (_, index) => {
    const unit = units[index % units.length]!
    const length = 8 + Math.floor(next() * 50)
    const start = Math.floor(next() * Math.max(1, unit.text.length - length))
    return createAnnotation({ target: targetFromUnitOffsets(unit, start, Math.min(unit.text.length, start + length)), author, id: `a${seed}-${index}` })
  })
}

const p95 = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length * 0.95)]!
/** Makes the browser compute style and layout now, so drawing cost lands inside the measurement. */
const settle = (element: HTMLElement) => element.getBoundingClientRect().height

function run(count: number): Figures {
  const outcome = importPlainText(generateLegalText({ parts: 11, articles: 95 }))
  if (!outcome.ok) throw new Error(outcome.error.code)
  const docText = buildDocumentText(legalSchema.nodeFromJSON(outcome.doc))
  const annotations = makeAnnotations(docText, count, 42)
  const extra = makeAnnotations(docText, 100, 7)
  const host = document.getElementById('host')!
  host.innerHTML = ''

  const started = performance.now()
  const view: EditorView = new EditorView(host, {
    state: createEditorState(outcome.doc, [annotationsPlugin()]),
    attributes: { class: 'legal-text' },
    dispatchTransaction(tr) {
      view.updateState(view.state.apply(tr))
    }
  })
  let drawn: DrawnAnnotation[] = annotations.map((annotation) => ({ annotation, color: '#e0b43c' }))
  view.dispatch(syncAnnotations(view.state.tr, drawn))
  let layout = annotationLayout(view.state)
  settle(host)
  const open = performance.now() - started

  const next = seededRandom(3)
  const selectionTimes: number[] = []
  for (let round = 0; round < 300; round++) {
    const pos = 1 + Math.floor(next() * (view.state.doc.content.size - 2))
    const begin = performance.now()
    view.dispatch(view.state.tr.setSelection(TextSelection.near(view.state.doc.resolve(pos))))
    settle(host)
    selectionTimes.push(performance.now() - begin)
  }

  // As the app adds one: a patch with the one new annotation, its range already known, the layout re-read.
  const addTimes: number[] = []
  const parts = { plugin: [] as number[], view: [] as number[], layout: [] as number[], draw: [] as number[] }
  for (const annotation of extra) {
    const unit = docText.units.get(annotation.target.eId)!
    const { start, end } = annotation.target.position
    const block = unit.blocks.find((candidate) => candidate.unitOffset + candidate.length >= start)!
    const from = block.pos + start - block.unitOffset
    const begin = performance.now()
    const entry = { annotation, color: '#4f9d69' }
    drawn = [...drawn, entry]
    const next = view.state.apply(patchAnnotations(view.state.tr, [entry], [], new Map([[annotation.id, { from, to: Math.min(from + end - start, block.pos + block.length) }]])))
    const applied = performance.now()
    view.updateState(next)
    const synced = performance.now()
    layout = annotationLayout(view.state)
    const laidOut = performance.now()
    settle(host)
    const painted = performance.now()
    addTimes.push(painted - begin)
    parts.plugin.push(applied - begin)
    parts.view.push(synced - applied)
    parts.layout.push(laidOut - synced)
    parts.draw.push(painted - laidOut)
  }
  const elements = host.querySelectorAll('.annotation-highlight').length
  view.destroy()
  return { open, selectionP95: p95(selectionTimes), addP95: p95(addTimes), addParts: { plugin: p95(parts.plugin), view: p95(parts.view), layout: p95(parts.layout), draw: p95(parts.draw) }, anchored: layout.order.length - extra.length, elements }
}

declare global {
  interface Window {
    runAnnotationBench(count: number): Figures
  }
}
window.runAnnotationBench = run
