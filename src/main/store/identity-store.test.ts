import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { authorColors } from '../../shared/identity/identity'
import { IdentityStore } from './identity-store'
import { useTempFolder } from '../testing/temp-folder'

const folder = useTempFolder('glossa-identity-')

describe('author identity store', () => {
  it('creates a random id with no name on first use, and keeps it', async () => {
    const first = await new IdentityStore(folder()).get()
    expect(first.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(first.name).toBe('')
    expect(authorColors).toContain(first.color)
    expect(await new IdentityStore(folder()).get()).toEqual(first)
    expect((await new IdentityStore(join(folder(), 'other')).get()).id).not.toBe(first.id)
  })

  it('changes name and colour but never the id', async () => {
    const store = new IdentityStore(folder())
    const { id } = await store.get()
    expect(await store.set({ name: 'Daniyar', color: '#3d7a3a' })).toEqual({ id, name: 'Daniyar', color: '#3d7a3a' })
    expect(JSON.parse(await readFile(join(folder(), 'identity.json'), 'utf8'))).toEqual({ id, name: 'Daniyar', color: '#3d7a3a' })
  })

  it('starts a new identity rather than stopping when the file is damaged', async () => {
    await writeFile(join(folder(), 'identity.json'), '{"id": 5')
    const identity = await new IdentityStore(folder()).get()
    expect(identity.id).toMatch(/^[0-9a-f-]{36}$/)
  })
})
