import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { projectFileFromArgv, routeLaunch } from './launch'

describe('launching with a file', () => {
  const cwd = resolve('/home/scholar/Documents')

  it('finds the project file among what the launch was given, resolved where it was launched', () => {
    expect(projectFileFromArgv(['/opt/Glossa/glossa', 'thesis.glossa'], cwd)).toBe(join(cwd, 'thesis.glossa'))
    expect(projectFileFromArgv(['C:\\Glossa\\Glossa.exe', '--allow-file-access', resolve('/shared/Team.GLOSSA')], cwd)).toBe(resolve('/shared/Team.GLOSSA'))
    // Electron in development: `electron . file.glossa`; Chromium adds flags of its own.
    expect(projectFileFromArgv(['electron', '.', '--inspect=9229', '../other/notes.glossa'], cwd)).toBe(resolve(cwd, '../other/notes.glossa'))
  })

  it('opens nothing for a launch without a project file', () => {
    expect(projectFileFromArgv(['/opt/Glossa/glossa'], cwd)).toBeNull()
    expect(projectFileFromArgv(['/opt/Glossa/glossa', 'notes.txt', '--flag.glossa'], cwd)).toBeNull()
    // The executable itself is never the file, whatever it is called.
    expect(projectFileFromArgv(['/tmp/evil.glossa'], cwd)).toBeNull()
  })
})

describe('where a second launch goes', () => {
  const windows = [
    { id: 1, path: '/p/a.glossa' },
    { id: 2, path: null },
    { id: 3, path: '/p/b.glossa' }
  ]

  it('brings forward the window that already has the file open', () => {
    expect(routeLaunch('/p/b.glossa', windows, 1)).toEqual({ action: 'focus', windowId: 3 })
  })

  it('opens another file in a new window, never over a window with work in it', () => {
    expect(routeLaunch('/p/c.glossa', windows, 2)).toEqual({ action: 'openWindow', path: '/p/c.glossa' })
  })

  it('without a file brings forward the focused window, or the last one, or opens one', () => {
    expect(routeLaunch(null, windows, 1)).toEqual({ action: 'focus', windowId: 1 })
    expect(routeLaunch(null, windows, null)).toEqual({ action: 'focus', windowId: 3 })
    expect(routeLaunch(null, [], null)).toEqual({ action: 'openWindow', path: null })
  })
})
