import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * Every colour of the interface follows the theme: the stylesheets name colours only through the variables
 * of styles.css's :root (each a light-dark() pair) or through a light-dark() pair of their own, so a new
 * panel cannot stay white in the dark theme.
 */

const rendererDir = join(__dirname, '..')

function stylesheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? stylesheets(join(dir, entry.name)) : entry.name.endsWith('.css') ? [join(dir, entry.name)] : []
  )
}

/** The stylesheet with what may name colours taken out: light-dark() pairs, var() fallbacks, the theme's own :root. */
function outsideTheTheme(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^:root\s*\{[\s\S]*?\n\}/m, '')
    .replace(/light-dark\((?:[^()]|\([^()]*\))*\)/g, '')
    .replace(/var\(--[\w-]+,\s*[^)]*\)/g, '')
}

const colour = /#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(|:\s*(?:white|black)\b/gi

describe('interface colours', () => {
  const files = stylesheets(rendererDir)

  it('finds the stylesheets', () => {
    expect(files.map((file) => relative(rendererDir, file))).toContain('styles.css')
  })

  it('name no colour outside the theme', () => {
    const found = files.flatMap((file) => (outsideTheTheme(readFileSync(file, 'utf8')).match(colour) ?? []).map((match) => `${relative(rendererDir, file)}: ${match}`))
    expect(found).toEqual([])
  })

  it('would catch a hard-coded colour', () => {
    expect(outsideTheTheme('.panel { background: #fafafa; color: light-dark(#111, #eee); }').match(colour)).toEqual(['#fafafa'])
  })
})
