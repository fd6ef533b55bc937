import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { chromium } from '@playwright/test'
import * as png2icons from 'png2icons'
import { chromiumLaunchOptions } from '../../e2e/support/browser'
import { buildResourcesDir, iconFiles, iconSources, linuxIconFile, linuxIconSizes } from './icon-set'

/**
 * Renders every packaged icon from the SVG drawings in resources/icons/ (`npm run icons`). The results are
 * committed, so building an installer needs no browser; run this again after changing a drawing.
 * Chromium draws the SVG (with PT Serif embedded, so the section sign looks the same on every machine);
 * png2icons (MIT) packs the PNGs into .icns and .ico.
 */

const root = join(__dirname, '..', '..')

async function fontFaces(): Promise<string> {
  const font = await readFile(join(root, 'resources/fonts/pt-serif/pt-serif-latin-700-normal.woff2'))
  return `@font-face { font-family: 'PT Serif'; font-weight: 700; src: url(data:font/woff2;base64,${font.toString('base64')}) format('woff2'); }`
}

async function write(relative: string, data: Buffer | Uint8Array): Promise<void> {
  const file = join(root, buildResourcesDir, relative)
  await mkdir(dirname(file), { recursive: true })
  await writeFile(file, data)
}

async function main(): Promise<void> {
  const browser = await chromium.launch(chromiumLaunchOptions)
  try {
    const page = await browser.newPage()
    const css = await fontFaces()
    const render = async (svg: string, size: number): Promise<Buffer> => {
      await page.setViewportSize({ width: size, height: size })
      await page.setContent(`<!doctype html><style>${css} html,body{margin:0;background:transparent} svg{display:block;width:${size}px;height:${size}px}</style>${svg}`)
      await page.evaluate(() => document.fonts.ready)
      return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } })
    }
    for (const kind of ['app', 'document'] as const) {
      const svg = await readFile(join(root, iconSources[kind]), 'utf8')
      const large = await render(svg, 1024)
      const files = iconFiles[kind]
      await write(files.png, large)
      const icns = png2icons.createICNS(large, png2icons.BICUBIC, 0)
      const ico = png2icons.createICO(large, png2icons.BICUBIC, 0, false, true)
      if (!icns || !ico) throw new Error(`png2icons could not pack ${iconSources[kind]}`)
      await write(files.icns, icns)
      await write(files.ico, ico)
      if (kind === 'app') for (const size of linuxIconSizes) await write(linuxIconFile(size), await render(svg, size))
    }
  } finally {
    await browser.close()
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
