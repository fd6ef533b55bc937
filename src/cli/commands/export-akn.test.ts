import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { aknSchemaErrors } from '../../main/exchange/akn-file-validation'
import { writeProject } from '../../main/store/project-store'
import { useTempFolder } from '../../main/testing/temp-folder'
import { importAkomaNtoso } from '../../shared/akn/import'
import { createProject } from '../../shared/project/create'
import type { CliIo } from '../command'
import { runCli } from '../glossa'
import { cliCommands } from './index'

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = []
  const stderr: string[] = []
  return { stdout, stderr, out: (text) => stdout.push(text), err: (text) => stderr.push(text) }
}

const folder = useTempFolder('glossa-export-akn-')

/** A project holding the schedule fixture as imported, saved as a .glossa file. */
async function savedProject(): Promise<string> {
  const outcome = importAkomaNtoso(await readFile(join(__dirname, '../../shared/akn/fixtures/schedule.xml'), 'utf8'))
  if (!outcome.ok) throw new Error(outcome.error.code)
  const path = join(folder(), 'ports.glossa')
  await writeProject(path, createProject({ title: 'Ports', document: { name: 'Ports Fees Act', language: outcome.report.language, content: outcome.doc } }))
  return path
}

describe('glossa export-akn', () => {
  it('writes the text as valid Akoma Ntoso with the FRBR identity the import read, or the one given', async () => {
    const project = await savedProject()
    const out = join(folder(), 'ports.xml')
    const io = capture()
    expect(await runCli(['export-akn', project, out], io, cliCommands)).toBe(0)
    expect(io.stdout[0]).toMatch(/ports\.xml: \d+ bytes$/)
    const xml = await readFile(out, 'utf8')
    expect(xml).toContain('<FRBRthis value="/akn/zz/act/2019-09-09/44"/>')
    expect(await aknSchemaErrors([xml])).toEqual([[]])
    expect(await runCli(['export-akn', project, out, '--country', 'KZ', '--number', '7'], capture(), cliCommands)).toBe(0)
    expect(await readFile(out, 'utf8')).toContain('<FRBRthis value="/akn/kz/act/2019-09-09/7"/>')
  })

  it('refuses a missing or damaged project and a project without text (exit 1), a wrong command line (exit 2)', async () => {
    const missing = capture()
    expect(await runCli(['export-akn', join(folder(), 'none.glossa'), join(folder(), 'x.xml')], missing, cliCommands)).toBe(1)
    expect(missing.stderr.join('\n')).not.toMatch(/\n\s+at /)
    const damaged = join(folder(), 'damaged.glossa')
    await writeFile(damaged, '{"format": "glossa-project", "schemaVersion": 2')
    expect(await runCli(['export-akn', damaged, join(folder(), 'x.xml')], capture(), cliCommands)).toBe(1)
    const empty = join(folder(), 'empty.glossa')
    await writeProject(empty, createProject({ title: 'Empty' }))
    const noText = capture()
    expect(await runCli(['export-akn', empty, join(folder(), 'x.xml')], noText, cliCommands)).toBe(1)
    expect(noText.stderr.join('\n')).toContain('no legal text')
    expect(await runCli(['export-akn', empty], capture(), cliCommands)).toBe(2)
    const country = capture()
    expect(await runCli(['export-akn', await savedProject(), join(folder(), 'x.xml'), '--country', 'Kazakhstan'], country, cliCommands)).toBe(2)
    expect(country.stderr.join('\n')).toContain('Invalid country "Kazakhstan"')
  })

  it('says which file it could not write', async () => {
    const io = capture()
    const out = join(folder(), 'no-such-folder', 'out.xml')
    expect(await runCli(['export-akn', await savedProject(), out], io, cliCommands)).toBe(1)
    expect(io.stderr.join('\n')).toContain(out)
  })
})
