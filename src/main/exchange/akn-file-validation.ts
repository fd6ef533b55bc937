import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

/**
 * Validates Akoma Ntoso files against the OASIS schema with xmllint (Debian's libxml2-utils), for tests:
 * the schema is the one in `../shared/standards/akn` beside the repository, as CI lays it out. Many
 * documents go through one xmllint run, since compiling the schema costs more than validating a file.
 */

export const aknSchemaPath = resolve(process.cwd(), '..', 'shared', 'standards', 'akn', 'akomantoso30.xsd')

/** Each document's schema errors, in order; an empty list means valid. */
export async function aknSchemaErrors(documents: string[]): Promise<string[][]> {
  const folder = await mkdtemp(join(tmpdir(), 'glossa-akn-xsd-'))
  try {
    const files = await Promise.all(
      documents.map(async (xml, index) => {
        const file = join(folder, `doc-${index}.xml`)
        await writeFile(file, xml)
        return file
      })
    )
    const stderr = await new Promise<string>((done, failed) => {
      execFile('xmllint', ['--noout', '--nonet', '--schema', aknSchemaPath, ...files], { maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, err) => {
        // xmllint exits 3 (or 4) when a document is invalid: that is an answer, not a failure.
        if (error && typeof error.code !== 'number') failed(error)
        else done(err)
      })
    })
    if (/failed to compile|failed to load/i.test(stderr)) throw new Error(`The Akoma Ntoso schema could not be read: ${stderr.slice(0, 500)}`)
    return files.map((file) => stderr.split('\n').filter((line) => line.startsWith(`${file}:`)))
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}
