import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { en, type MessageKey } from './messages.en'
import { messageValues } from './message-values'

/**
 * Every call that fills a message names exactly the values the message takes: a message that says
 * `{fileName}` filled with `{ path }` shows the placeholder to the user. Checked over the source, for the calls
 * written with a literal key and a literal object (`translate('key', { … })`, `t(…)`, `fail(…)`).
 */

const root = join(__dirname, '../../..')

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path)
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : []
  })
}

/** The property names of an object literal's text, at its top level: `a, b: f(x, y), c` -> a, b, c. */
function propertyNames(literal: string): string[] | null {
  const names: string[] = []
  let depth = 0
  let current = ''
  for (const char of `${literal},`) {
    if ('([{'.includes(char)) depth++
    if (')]}'.includes(char)) depth--
    if (char === ',' && depth === 0) {
      const name = /^\s*(?:(\w+)\s*(?::|$)|'(\w+)'\s*:)/.exec(current)
      if (current.trim().startsWith('...')) return null
      if (current.trim()) {
        if (!name) return null
        names.push((name[1] ?? name[2])!)
      }
      current = ''
    } else current += char
  }
  return names
}

/** Finds `name('key', { … })` calls; the object's text runs to its matching brace. */
function* calls(source: string): Iterable<{ key: string; names: string[] | null; at: number }> {
  const start = /\b(?:translate|t|fail)\(\s*'(\w+)'\s*,\s*\{/g
  for (const match of source.matchAll(start)) {
    let depth = 1
    let end = match.index + match[0].length
    while (depth > 0 && end < source.length) {
      const char = source[end++]
      if (char === '{') depth++
      if (char === '}') depth--
    }
    yield { key: match[1]!, names: propertyNames(source.slice(match.index + match[0].length, end - 1)), at: match.index }
  }
}

describe('message values', () => {
  it('every literal call fills exactly the values its message takes', () => {
    const problems: string[] = []
    let checked = 0
    for (const file of sourceFiles(join(root, 'src'))) {
      const source = readFileSync(file, 'utf8')
      for (const call of calls(source)) {
        const message = en[call.key as MessageKey]
        if (message === undefined || call.names === null) continue
        checked++
        const wanted = messageValues(message)
        const given = new Set(call.names)
        const extra = [...given].filter((name) => !wanted.has(name))
        const missing = [...wanted].filter((name) => !given.has(name))
        if (extra.length || missing.length) {
          const line = source.slice(0, call.at).split('\n').length
          problems.push(`${relative(root, file)}:${line} ${call.key}: ${extra.length ? `gives ${extra.join(', ')}` : ''}${missing.length ? ` lacks ${missing.join(', ')}` : ''}`)
        }
      }
    }
    expect(checked).toBeGreaterThan(50)
    expect(problems).toEqual([])
  })
})
