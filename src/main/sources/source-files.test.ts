import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dispatch } from '../dispatch'
import { createHandlers } from '../handlers'
import { inertHost } from '../testing/inert-host'
import { useTempFolder } from '../testing/temp-folder'

const folder = useTempFolder('glossa-source-file-')
const fixture = (name: string) => fileURLToPath(new URL(`../../shared/sources/web/fixtures/${name}`, import.meta.url))
const now = new Date('2026-03-01T08:00:00Z')

function handlersAnswering(path: string | null) {
  return createHandlers({ host: inertHost({ chooseSourceFile: async () => path }), appDataDir: join(folder(), 'app-data'), now: () => now })
}

describe('sources:readFile', () => {
  it('reads the chosen page as a source with its archived text and each field\'s origin, naming the file only', async () => {
    const reply = await dispatch(handlersAnswering(fixture('ru-open-graph.html')), 'sources:readFile', {}, { windowId: 1 })
    if (!reply.ok || !reply.value) throw new Error('expected a source')
    const { fileName, item, origins } = reply.value as { fileName: string; item: Record<string, unknown> & { snapshot: { fileName: string; text: string } }; origins: Record<string, string> }
    expect(fileName).toBe('ru-open-graph.html')
    expect(item).toMatchObject({ id: 'мажилис2026', type: 'article-newspaper', 'container-title': 'Вести Степи', section: 'Политика' })
    expect(item.snapshot.fileName).toBe('ru-open-graph.html')
    expect(item.snapshot.text).toContain('Поправки направлены в Сенат.')
    expect(origins).toMatchObject({ title: 'open-graph', issued: 'open-graph', type: 'open-graph' })
    expect(JSON.stringify(reply)).not.toContain(fixture(''))
  })

  it('answers null when the dialog is cancelled, and a refusal for a file it cannot read', async () => {
    expect(await dispatch(handlersAnswering(null), 'sources:readFile', {}, { windowId: 1 })).toEqual({ ok: true, value: null })
    expect(await dispatch(handlersAnswering(join(folder(), 'gone.html')), 'sources:readFile', {}, { windowId: 1 })).toEqual({
      ok: false,
      error: { code: 'errorFileNotFound', params: { fileName: 'gone.html' } }
    })
  })
})
