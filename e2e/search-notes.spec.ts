import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createAnnotation, reviseAnnotation } from '../src/shared/annotations/model'
import type { Commentary } from '../src/shared/annotations/types'
import { importPlainText } from '../src/shared/import/plain-text'
import { createProject } from '../src/shared/project/create'
import { serialiseProject } from '../src/shared/project/parse'
import type { CslItem } from '../src/shared/sources/types'
import { lawText } from './annotation-steps'
import { expect, test } from './support/fixtures'

/** Search reaches the notes and the sources as well as the law: law by article first, then notes, then sources. */

const commentary = (text: string): Commentary => ({ doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] } })
const author = { id: 'author-1', name: 'A. Scholar', color: '#2f5d8a' }

async function projectFile(folder: string, text: string, language: 'en' | 'ru', notes: { eId: string; text: string }[], sources: CslItem[]): Promise<string> {
  const imported = importPlainText(text)
  if (!imported.ok) throw new Error(imported.error.code)
  const project = createProject({ title: 'Search', document: { name: 'Law', language, content: imported.doc } })
  project.annotations = notes.map((note, index) =>
    reviseAnnotation(
      createAnnotation({
        id: `note-${index + 1}`,
        author,
        target: { eId: note.eId, quote: { type: 'TextQuoteSelector', exact: 'Clause', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 6 } }
      }),
      { body: commentary(note.text) }
    )
  )
  project.sources = sources
  const file = join(folder, 'search.glossa')
  await writeFile(file, serialiseProject(project))
  return file
}

test('one query finds the law by article, then the notes, then the sources, by word forms; a note hit opens the note', async ({ glossa, host, folder }) => {
  const file = await projectFile(
    folder,
    lawText(),
    'en',
    [
      { eId: 'art_19', text: 'Marriages contracted abroad are recognised.' },
      { eId: 'art_5', text: 'Secularism is not hostility to religion.' },
      { eId: 'art_3', text: 'On public order, see the marriage cases.' }
    ],
    [{ id: 'smith2019', type: 'book', title: 'Marriage and the Secular State', author: [{ family: 'Smith', given: 'Anna' }] }]
  )
  host.openAnswers.push(file)
  await glossa.getByRole('button', { name: 'Open Project…' }).first().click()
  await glossa.keyboard.press('Control+f')
  const panel = glossa.getByRole('region', { name: 'Search the text' })
  await panel.getByRole('searchbox', { name: 'Search the text' }).fill('marriages')
  await expect(panel.getByTestId('search-count')).toHaveText('1 match in 1 unit')
  await expect(panel.locator('.search-section-title')).toHaveText(['In notes: 2', 'In sources: 1'])
  // Law by article first, then each note under its article, then each source under its title.
  await expect(panel.locator('.search-group > h3')).toHaveText(['Article 19', 'Article 19', 'Article 3', 'Marriage and the Secular State'])
  await expect(panel.locator('.search-group mark')).toHaveText(['Marriage', 'Marriages', 'marriage', 'Marriage'])
  await glossa.screenshot({ path: '/tmp/search-notes.png' })

  await panel.getByRole('region', { name: 'In notes: 2' }).locator('.search-group[data-id="note-3"] button').click()
  await expect(glossa.locator('.annotation-editor')).toHaveAttribute('data-annotation-id', 'note-3')
})

test.describe('in Russian', () => {
  test.use({ locale: 'ru-RU' })

  test('«браком» finds «брак» and «брака» in the law, a note and a source', async ({ glossa, host, folder }) => {
    const law = ['Конституция', '', 'Статья 1', '1. Брак основан на добровольном согласии.', '', 'Статья 2', '1. Семья находится под защитой государства.', ''].join('\n')
    const file = await projectFile(
      folder,
      law,
      'ru',
      [
        { eId: 'art_2', text: 'Защита семьи включает расторжение брака только в суде.' },
        { eId: 'art_1', text: 'Согласие — главное условие.' }
      ],
      [{ id: 'ivanova', type: 'article-journal', title: 'Брак в постсоветских конституциях', author: [{ family: 'Иванова', given: 'Мария' }] }]
    )
    host.openAnswers.push(file)
    await glossa.getByRole('button', { name: 'Открыть проект…' }).first().click()
    await glossa.keyboard.press('Control+f')
    const panel = glossa.getByRole('region', { name: 'Поиск по тексту' })
    await panel.getByRole('searchbox').fill('браком')
    await expect(panel.locator('.search-section-title')).toHaveText(['В заметках: 1', 'В источниках: 1'])
    await expect(panel.locator('.search-group > h3')).toHaveText(['Статья 1', 'Статья 2', 'Брак в постсоветских конституциях'])
    await expect(panel.locator('.search-group mark')).toHaveText(['Брак', 'брака', 'Брак'])
    await glossa.screenshot({ path: '/tmp/search-notes-ru.png' })
  })
})
