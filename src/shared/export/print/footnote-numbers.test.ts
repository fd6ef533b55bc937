import { describe, expect, it } from 'vitest'
import { buildExportModel } from '../model'
import { defaultExportOptions } from '../options'
import { sampleProject } from '../sample-project'
import { footnoteHeightCss } from './footnote-height'
import { footnoteNumberClass, footnoteNumberCss } from './footnote-numbers'
import { buildPrintView } from './print-view'

const assets = { css: '', fontFaces: '', pagedScript: '' }
const nonce = 'n0nce-n0nce-n0nce-n0nce'

describe('footnote numbers', () => {
  it('gives every call and marker its own number, and switches the footnote counters off', () => {
    const css = footnoteNumberCss([{ number: 1 }, { number: 2 }, { number: 10 }])
    for (const number of [1, 2, 10]) {
      expect(css).toContain(`.fn-${number}[data-footnote-call]::after { content: "${number}"; }`)
      expect(css).toContain(`.fn-${number}[data-footnote-marker]:not([data-split-from])::marker { content: "${number}. "; }`)
    }
    expect(css).not.toMatch(/counter\(/)
    expect(css).toMatch(/\[data-footnote-call\].*\{ counter-increment: none; \}/)
  })

  it('marks each footnote in the print view with the class its number rule selects', () => {
    const project = sampleProject({ parts: 1, articles: 3, annotations: 4 })
    const model = buildExportModel({ project, options: defaultExportOptions, now: new Date('2026-03-02T12:00:00Z') })
    const html = buildPrintView(model, assets, nonce)
    const classes = [...html.matchAll(/<span class="footnote note (fn-\d+)"/g)].map((match) => match[1])
    expect(classes).toEqual(model.notes.map((note) => footnoteNumberClass(note.number)))
    // Both in a style element pagedjs leaves as it is (it would rewrite or drop @property).
    expect(html).toContain(`<style data-pagedjs-ignore>${footnoteHeightCss}\n${footnoteNumberCss(model.notes)}</style>`)
  })

  it('adds no footnote rules when the notes are endnotes', () => {
    const project = sampleProject({ parts: 1, articles: 3, annotations: 4 })
    const model = buildExportModel({ project, options: { ...defaultExportOptions, placement: 'endnotes' }, now: new Date('2026-03-02T12:00:00Z') })
    const html = buildPrintView(model, assets, nonce)
    expect(html).not.toContain('data-footnote-call')
    expect(html).not.toContain(footnoteHeightCss)
  })
})
