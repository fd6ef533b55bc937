import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { PrintRequests } from './print-requests'

describe('what the print window may load', () => {
  const file = join('/tmp', 'glossa-print-x', 'print.html')

  it('only the print view of a running export, and embedded data', () => {
    const requests = new PrintRequests()
    const done = requests.allow(file)
    expect(requests.isAllowed(pathToFileURL(file).href)).toBe(true)
    expect(requests.isAllowed(`${pathToFileURL(file).href}#page-3`)).toBe(true)
    expect(requests.isAllowed('data:font/woff2;base64,AAAA')).toBe(true)
    expect(requests.isAllowed(pathToFileURL('/etc/passwd').href)).toBe(false)
    expect(requests.isAllowed(pathToFileURL(join('/tmp', 'glossa-print-x', 'other.html')).href)).toBe(false)
    expect(requests.isAllowed('https://fonts.example/font.woff2')).toBe(false)
    expect(requests.isAllowed('not a url')).toBe(false)
    done()
    expect(requests.isAllowed(pathToFileURL(file).href)).toBe(false)
  })
})
