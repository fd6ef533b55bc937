import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
// electron-builder's own loader and validator (the same calls `electron-builder` makes before building), so the
// configuration is checked against the builder's schema without the Electron binary this machine cannot fetch.
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import { buildResourcesDir, iconFiles, linuxIconFile, linuxIconSizes } from './icon-set'

const root = join(__dirname, '..', '..')
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string; scripts: Record<string, string> }

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file)
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

/** Widths of the images in a Windows .ico (0 in the directory means 256). */
function icoWidths(file: string): number[] {
  const bytes = readFileSync(file)
  expect(bytes.readUInt16LE(2)).toBe(1)
  return Array.from({ length: bytes.readUInt16LE(4) }, (_, index) => bytes[6 + index * 16] || 256)
}

/** Entry types of a macOS .icns ("ic10" is the 1024 px image, "ic08" 256 px). */
function icnsTypes(file: string): string[] {
  const bytes = readFileSync(file)
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('icns')
  const types: string[] = []
  for (let at = 8; at < bytes.length; at += bytes.readUInt32BE(at + 4)) types.push(bytes.subarray(at, at + 4).toString('latin1'))
  return types
}

describe('installer configuration (electron-builder)', () => {
  const load = () => getConfig(root, null, null)

  it('is valid for electron-builder’s schema and names Glossa’s identity', async () => {
    const config = await load()
    await expect(validateConfiguration(config, { isEnabled: false, add: () => undefined } as never)).resolves.toBeUndefined()
    expect(config.appId).toBe('org.glossa.workbench')
    expect(config.productName).toBe('Glossa')
    expect(packageJson.scripts['dist']).toContain('electron-builder')
  })

  it('refuses a misspelt option, so the check above can fail', async () => {
    const config = { ...(await load()), linux: { targett: 'deb' } }
    await expect(validateConfiguration(config as never, { isEnabled: false, add: () => undefined } as never)).rejects.toThrow(/configuration\.linux/)
  })

  it('builds AppImage and deb, NSIS and dmg', async () => {
    const config = await load()
    expect(config.linux?.target).toEqual(['AppImage', 'deb'])
    expect(config.win?.target).toEqual(['nsis'])
    expect(config.mac?.target).toEqual(['dmg'])
    // A Windows file association is registered only by a per-machine install.
    expect(config.nsis?.perMachine).toBe(true)
  })

  it('registers .glossa as a document with its own icon and MIME type', async () => {
    const config = await load()
    const associations = [config.fileAssociations ?? []].flat()
    expect(associations).toEqual([expect.objectContaining({ ext: 'glossa', mimeType: 'application/vnd.glossa+json', icon: 'glossa' })])
    for (const file of Object.values(iconFiles.document)) expect(existsSync(join(root, buildResourcesDir, file)), file).toBe(true)
  })

  it('packs the files the app reads at run time, and every folder it names exists', async () => {
    const config = await load()
    // getConfig normalises `files` into file sets with a `filter` list.
    const patterns = [config.files ?? []].flat().flatMap((set) => (typeof set === 'string' ? [set] : [set?.filter ?? []].flat())).filter((pattern): pattern is string => typeof pattern === 'string')
    const covered = (path: string) => patterns.some((pattern) => !pattern.startsWith('!') && path.startsWith(pattern.replace(/\*\*$/, '').replace(/^\.\//, '')))
    expect(covered(packageJson.main.replace(/^\.\//, ''))).toBe(true)
    for (const folder of ['resources/print/print.css', 'resources/fonts/pt-serif/OFL.txt', 'resources/csl/README.md']) expect(covered(folder), folder).toBe(true)
    for (const pattern of patterns.filter((pattern) => pattern.startsWith('resources/'))) {
      expect(existsSync(join(root, pattern.replace(/\/\*\*$/, ''))), pattern).toBe(true)
    }
    expect(config.directories?.buildResources).toBe(buildResourcesDir)
  })
})

describe('icon set made from resources/icons/*.svg', () => {
  it('has every Linux size, square and as named', () => {
    for (const size of linuxIconSizes) expect(pngSize(join(root, buildResourcesDir, linuxIconFile(size)))).toEqual({ width: size, height: size })
    const extra = readdirSync(join(root, buildResourcesDir, 'icons')).filter((name) => !linuxIconSizes.some((size) => linuxIconFile(size).endsWith(name)))
    expect(extra).toEqual([])
  })

  it('has a 1024 px PNG, a Windows .ico up to 256 px and a macOS .icns up to 1024 px for the app and the document', () => {
    for (const files of Object.values(iconFiles)) {
      expect(pngSize(join(root, buildResourcesDir, files.png))).toEqual({ width: 1024, height: 1024 })
      expect(icoWidths(join(root, buildResourcesDir, files.ico))).toEqual(expect.arrayContaining([16, 32, 48, 256]))
      expect(icnsTypes(join(root, buildResourcesDir, files.icns))).toEqual(expect.arrayContaining(['ic08', 'ic10']))
    }
  })
})
