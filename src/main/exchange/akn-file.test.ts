import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importAkomaNtoso } from '../../shared/akn/import'
import { generateLegalText } from '../../shared/fixtures/generate-text'
import { importPlainText } from '../../shared/import/plain-text'
import { createProject } from '../../shared/project/create'
import { exportAknFile } from './akn-file'
import { useTempFolder } from '../testing/temp-folder'
import { inertHost } from '../testing/inert-host'

/** A host whose Akoma Ntoso save dialog answers with `answer` and records the name it suggested. */
function saveDialog(answer: string | null) {
  const suggested: string[] = []
  const host = inertHost({
    chooseAknSavePath: async (name) => {
      suggested.push(name)
      return answer
    }
  })
  return { host, suggested }
}

const now = () => new Date('2026-11-23T10:00:00Z')

function projectWithText(name = 'Draft Constitution') {
  const outcome = importPlainText(generateLegalText({ language: 'ru', parts: 2, articles: 6 }))
  if (!outcome.ok) throw new Error(outcome.error.code)
  const document = { name, language: outcome.report.language, content: outcome.doc }
  return { project: createProject({ title: 'Commentary', document, now: now() }), doc: outcome.doc }
}

const folder = useTempFolder('glossa-akn-')

describe('exportAknFile', () => {
  it('writes the text as Akoma Ntoso that reads back as the same document, in its language', async () => {
    const { project, doc } = projectWithText()
    const path = join(folder(), 'out.xml')
    const { host, suggested } = saveDialog(path)
    expect(await exportAknFile(project, host, now)).toEqual({ ok: true, value: { fileName: 'out.xml' } })
    expect(suggested).toEqual(['Draft Constitution.xml'])
    const xml = await readFile(path, 'utf8')
    expect(xml).toContain('<FRBRlanguage language="rus"/>')
    expect(xml).toContain('<FRBRdate date="2026-11-23" name="export"/>')
    const back = importAkomaNtoso(xml)
    expect(back.ok && back.doc).toEqual(doc)
    // Atomic write: no temporary file left beside the result.
    expect(await readdir(folder())).toEqual(['out.xml'])
  })

  it('suggests a file name without path separators or control characters', async () => {
    const { project } = projectWithText('../../etc/passwd\u0000: a "draft"')
    const { host, suggested } = saveDialog(null)
    expect(await exportAknFile(project, host, now)).toEqual({ ok: true, value: null })
    expect(suggested[0]).not.toMatch(/[\\/:"]|\p{Cc}/u)
    expect(suggested).toEqual(['etc passwd a draft.xml'])
  })

  it('refuses a project without a text, before asking where to write', async () => {
    const { host, suggested } = saveDialog(join(folder(), 'out.xml'))
    const reply = await exportAknFile(createProject({ title: 'Empty', now: now() }), host, now)
    expect(reply).toEqual({ ok: false, error: { code: 'errorExportNoDocument' } })
    expect(suggested).toEqual([])
  })

  it('refuses hostile content that is not a legal document, and writes nothing', async () => {
    const { project } = projectWithText()
    const hostile = { ...project, document: { ...project.document!, content: { type: 'doc', content: [{ type: 'script', text: 'alert(1)' }] } } }
    const { host, suggested } = saveDialog(join(folder(), 'out.xml'))
    const reply = await exportAknFile(hostile, host, now)
    expect(reply.ok).toBe(false)
    expect(!reply.ok && reply.error.code).toBe('errorProjectInvalid')
    expect(suggested).toEqual([])
    expect(await readdir(folder())).toEqual([])
  })

  it('says which file could not be written when the folder() does not exist', async () => {
    const path = join(folder(), 'missing', 'out.xml')
    const reply = await exportAknFile(projectWithText().project, saveDialog(path).host, now)
    expect(!reply.ok && reply.error).toMatchObject({ code: 'errorExportFailed', params: { fileName: 'out.xml' } })
  })
})
