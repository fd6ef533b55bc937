import { describe, expect, it } from 'vitest'
import { createProject } from './create'
import { documentLimits } from './limits'
import { parseProjectFile } from './parse'

/** Issue 16: a legal text with a 100 MB string was accepted and hung the window; limits are refused by name. */

function projectWith(content: unknown) {
  const project = createProject({ title: 'T', now: new Date('2026-01-01T00:00:00Z') })
  return JSON.stringify({ ...project, document: { name: 'Law', language: 'en', content } })
}

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })

describe('limits on the legal text', () => {
  it('refuses a text passage over the limit, naming the limit, without quoting it', () => {
    const long = 'x'.repeat(documentLimits.textLength + 1)
    const refused = parseProjectFile(projectWith({ type: 'doc', content: [paragraph(long)] }))
    expect(refused).toEqual({ ok: false, error: { code: 'errorProjectTextTooLong', params: { limit: documentLimits.textLength } } })
  })

  it('refuses more nodes than the limit, naming the limit', () => {
    const many = Array.from({ length: documentLimits.nodes }, () => ({ type: 'text', text: 'a' }))
    const refused = parseProjectFile(projectWith({ type: 'doc', content: [{ type: 'paragraph', content: many }] }))
    expect(refused).toEqual({ ok: false, error: { code: 'errorProjectTooManyNodes', params: { limit: documentLimits.nodes } } })
    // Two million nodes take seconds to build and parse on a busy machine: not a speed test.
  }, 60_000)

  it('quotes none of the content a damaged legal text holds', () => {
    const refused = parseProjectFile(projectWith({ type: 'doc', content: [{ type: 'text', text: 'confidential draft wording' }] }))
    expect(refused.ok).toBe(false)
    expect(JSON.stringify(refused)).not.toMatch(/confidential/)
  })
})
