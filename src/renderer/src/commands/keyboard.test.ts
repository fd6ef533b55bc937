import { describe, expect, it } from 'vitest'
import { shortcutOf } from './keyboard'

const press = (key: string, modifiers: { ctrl?: boolean; meta?: boolean; shift?: boolean } = {}) => ({
  key,
  ctrlKey: Boolean(modifiers.ctrl),
  metaKey: Boolean(modifiers.meta),
  shiftKey: Boolean(modifiers.shift),
  altKey: false,
  defaultPrevented: false
})

describe('Undo and Redo keys', () => {
  it('are the undo and redo commands outside a field, with either redo key, on each platform', () => {
    expect(shortcutOf(press('z', { ctrl: true }), false, false)).toEqual({ command: 'undo' })
    expect(shortcutOf(press('Z', { ctrl: true, shift: true }), false, false)).toEqual({ command: 'redo' })
    expect(shortcutOf(press('y', { ctrl: true }), false, false)).toEqual({ command: 'redo' })
    expect(shortcutOf(press('z', { meta: true }), true, false)).toEqual({ command: 'undo' })
    expect(shortcutOf(press('z', { meta: true, shift: true }), true, false)).toEqual({ command: 'redo' })
  })

  it('are left to the field while typing, so its own undo applies', () => {
    expect(shortcutOf(press('z', { ctrl: true }), false, true)).toBeNull()
    expect(shortcutOf(press('y', { ctrl: true }), false, true)).toBeNull()
    expect(shortcutOf(press('s', { ctrl: true }), false, true)).toEqual({ command: 'save' })
  })
})
