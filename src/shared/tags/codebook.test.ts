import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { Tag } from '../annotations/types'
import type { Result } from '../errors'
import { codebookOf, importCodebook, normaliseColour } from './codebook'
import { readCodebookCsv, writeCodebookCsv } from './codebook-csv'
import { guidOf, readCodebookQdc, writeCodebookQdc } from './codebook-qdc'
import { tagPath } from './taxonomy'

const value = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}`)
  return result.value
}
const tag = (id: string, name: string, color: string, parentId: string | null = null, description = ''): Tag => ({ id, name, color, description, parentId })
const taxonomy = [
  tag('values', 'Values', '#f5c542', null, 'What the constitution holds dear'),
  tag('secularism', 'Secularism', '#f5c542', 'values', 'Separation of religion and state, "laïcité"; see Art. 1'),
  tag('family', 'Family', '#7cc4f2'),
  tag('marriage', 'Marriage & divorce', '#9be28f', 'family', 'Line one\nline two, with a comma'),
  tag('3f2504e0-4f89-11d3-9a0c-0305e82c3301', 'Құндылықтар / Зайырлылық', '#c3a6f2')
]
const ids = () => {
  let next = 0
  return () => `made-${++next}`
}
const paths = (tags: Tag[]) => tags.map((one) => tagPath(tags, one.id)).sort()

const schema = resolve(__dirname, '../../../docs/standards/refi-qda/Codebook.xsd')
const scratch = mkdtempSync(join(tmpdir(), 'glossa-codebook-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))
/** xmllint's verdict on a file against the REFI-QDA codebook schema (its message when invalid). */
function validate(xml: string): string {
  const file = join(scratch, `codebook-${Math.random().toString(36).slice(2)}.qdc`)
  writeFileSync(file, xml)
  try {
    execFileSync('xmllint', ['--noout', '--schema', schema, file], { stdio: 'pipe' })
    return 'valid'
  } catch (error) {
    return String((error as { stderr: Buffer }).stderr)
  }
}

describe('the codebook as CSV', () => {
  it('writes path, colour and description a row, and reads back the same taxonomy into an empty project', () => {
    const csv = writeCodebookCsv(codebookOf(taxonomy))
    expect(csv.split('\r\n')[0]).toBe('path,colour,description')
    expect(csv).toContain('Family > Marriage & divorce,#9be28f,"Line one\nline two, with a comma"')
    const read = value(readCodebookCsv(csv))
    expect(read.badColours).toEqual([])
    const imported = value(importCodebook([], read.entries, ids()))
    // A CSV path is split at "/" as well as ">" (other tools write "A/B"), so a name holding "/" becomes two levels there.
    const expected = paths(taxonomy).filter((path) => !path.includes('/'))
    expect(paths(imported.tags)).toEqual([...expected, 'Құндылықтар', 'Құндылықтар > Зайырлылық'].sort())
    expect(imported.tags.find((one) => one.name === 'Secularism')).toMatchObject({ color: '#f5c542', description: 'Separation of religion and state, "laïcité"; see Art. 1' })
  })

  it('reads other tools’ CSV: a "tag" or "name" column, "color", #rgb colours, a BOM, extra columns; reports bad colours', () => {
    const read = value(readCodebookCsv('\uFEFFName,Color,Count,Description\nValues/Secularism,#ABC,3,Laïcité\nFamily,red,1,\n\n'))
    expect(read.entries).toEqual([
      { path: ['Values', 'Secularism'], color: '#aabbcc', description: 'Laïcité' },
      { path: ['Family'], description: '' }
    ])
    expect(read.badColours).toEqual([{ line: 3, value: 'red' }])
    expect(readCodebookCsv('colour,description\n#ffffff,x\n')).toMatchObject({ ok: false, error: { code: 'errorCodebookCsvNoPath' } })
  })
})

describe('the codebook as REFI-QDA XML (.qdc)', () => {
  it('writes a codebook valid against the REFI-QDA schema, nested by parent, with stable GUIDs', () => {
    const entries = codebookOf(taxonomy).map((entry, index) => ({ ...entry, guid: guidOf(taxonomy.find((one) => tagPath(taxonomy, one.id) === entry.path.join(' > '))!.id + index) }))
    const xml = writeCodebookQdc(entries, 'Glossa')
    expect(validate(xml)).toBe('valid')
    expect(xml).toContain('<Code guid=')
    expect(xml).toMatch(/<Code [^>]*name="Family"[^>]*>\s*<Code [^>]*name="Marriage &amp; divorce"/)
    expect(guidOf('values')).toBe(guidOf('values'))
    expect(guidOf('values')).not.toBe(guidOf('family'))
    expect(guidOf('3F2504E0-4F89-11D3-9A0C-0305E82C3301')).toBe('3f2504e0-4f89-11d3-9a0c-0305e82c3301')
  })

  it('the schema refuses what it should, so the validation can fail', () => {
    expect(validate(`<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="values" name="Values" isCodable="true"/></Codes></CodeBook>`)).toContain("attribute 'guid': [facet 'pattern']")
    expect(validate(`<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>`)).not.toBe('valid')
  })

  it('reads back the nesting, names with "/" or ">" kept whole, colours and descriptions', () => {
    const entries = codebookOf(taxonomy).map((entry) => ({ ...entry, guid: guidOf(entry.path.join('>')) }))
    const read = value(readCodebookQdc(writeCodebookQdc(entries, 'Glossa')))
    expect(read).toContainEqual({ path: ['Құндылықтар / Зайырлылық'], color: '#c3a6f2' })
    expect(read).toContainEqual({ path: ['Family', 'Marriage & divorce'], color: '#9be28f', description: 'Line one\nline two, with a comma' })
    const imported = value(importCodebook([], read, ids()))
    expect(paths(imported.tags)).toEqual(paths(taxonomy))
  })

  it('reads a codebook another tool wrote, and the codebook inside a REFI-QDA project', () => {
    const other = `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Taguette 1.4.1">
  <Codes>
    <Code guid="{3F2504E0-4F89-11D3-9A0C-0305E82C3302}" name="interesting" isCodable="true" color="#FF0000">
      <Description>Worth a second look</Description>
      <Code guid="3F2504E0-4F89-11D3-9A0C-0305E82C3303" name="quote" isCodable="false"/>
    </Code>
  </Codes>
</CodeBook>`
    expect(value(readCodebookQdc(other))).toEqual([
      { path: ['interesting'], color: '#ff0000', description: 'Worth a second look' },
      { path: ['interesting', 'quote'] }
    ])
    const project = `<Project xmlns="urn:QDA-XML:project:1.0" name="p"><CodeBook><Codes><Code guid="3F2504E0-4F89-11D3-9A0C-0305E82C3304" name="Theme" isCodable="true"/></Codes></CodeBook></Project>`
    expect(value(readCodebookQdc(project))).toEqual([{ path: ['Theme'] }])
    expect(readCodebookQdc('<CodeBook><Codes>')).toMatchObject({ ok: false, error: { code: 'errorCodebookNotXml' } })
    expect(readCodebookQdc('<html><body/></html>')).toMatchObject({ ok: false, error: { code: 'errorCodebookNotQdc' } })
  })
})

describe('importing a codebook into a taxonomy', () => {
  it('finds the tags the project has by path, updates what the codebook gives, makes the rest under their parents', () => {
    const result = value(
      importCodebook(
        taxonomy,
        [
          { path: ['values', 'secularism'], description: 'New definition' },
          { path: ['Family'], color: '#7cc4f2' },
          { path: ['Family', 'Inheritance'] },
          { path: ['Rights', 'Speech'], color: '#f29fb5' },
          { path: ['Rights'], color: '#d9d9d9' },
          { path: [' '] }
        ],
        ids()
      )
    )
    expect(result).toMatchObject({ added: 3, updated: 1, unchanged: 1 })
    expect(result.refused.map((one) => one.error.code)).toEqual(['errorTagNameEmpty'])
    expect(result.tags.find((one) => one.id === 'secularism')!.description).toBe('New definition')
    // New children take the parent's colour unless the codebook gives their own; the parent's own colour came first.
    expect(result.tags.find((one) => one.name === 'Inheritance')!.color).toBe('#7cc4f2')
    expect(result.tags.find((one) => one.name === 'Rights')!.color).toBe('#d9d9d9')
    expect(result.tags.find((one) => one.name === 'Speech')!.color).toBe('#f29fb5')
    expect(result.tags.slice(0, taxonomy.length).map((one) => one.id)).toEqual(taxonomy.map((one) => one.id))
  })

  it('normalises colours the way the taxonomy stores them', () => {
    expect(normaliseColour(' #ABC ')).toBe('#aabbcc')
    expect(normaliseColour('#A1B2C3')).toBe('#a1b2c3')
    expect(normaliseColour('rgb(1,2,3)')).toBeNull()
    expect(normaliseColour('#a1b2c3; position: fixed')).toBeNull()
  })
})
