import { writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { generateLegalText } from '../src/shared/fixtures/generate-text'
import { dragSelect, importLaw, lawText } from './annotation-steps'
import { test } from './support/fixtures'

const shots = resolve(__dirname, '../tour')
const shot = (name: string) => join(shots, `${name}.png`)

test('tour of the main screens', async ({ glossa, host, folder }) => {
  await glossa.getByTestId('project-title').waitFor()
  await glossa.screenshot({ path: shot('01-welcome') })

  const textFile = join(folder, 'examplestan.txt')
  await writeFile(textFile, generateLegalText({ parts: 11, articles: 95 }))
  await glossa.getByRole('button', { name: 'New Project' }).click()
  host.importAnswers.push(textFile)
  await glossa.getByRole('button', { name: 'Import Text…' }).click()
  await glossa.getByRole('dialog', { name: 'Import report' }).waitFor()
  await glossa.screenshot({ path: shot('02-import-report') })
  await glossa.getByRole('button', { name: 'Create document' }).click()
  await glossa.screenshot({ path: shot('03-document') })

  await glossa.keyboard.press('Control+g')
  await glossa.getByLabel('Article number').fill('42')
  await glossa.screenshot({ path: shot('04-go-to-article') })
  await glossa.getByLabel('Article number').press('Enter')
  await glossa.screenshot({ path: shot('05-article-42') })

  await glossa.keyboard.press('Control+e')
  await glossa.screenshot({ path: shot('06-edit-text') })
  await glossa.keyboard.press('Control+e')

  const damaged = join(folder, 'damaged.glossa')
  await writeFile(damaged, '{"format": "glossa-project", "schemaVersion": 1, "meta": ')
  host.openAnswers.push(damaged)
  await glossa.getByRole('button', { name: 'Open Project…' }).first().click()
  await glossa.getByRole('dialog', { name: 'Unsaved changes' }).waitFor()
  await glossa.screenshot({ path: shot('07-unsaved-changes') })
  await glossa.getByRole('button', { name: 'Discard' }).click()
  await glossa.getByTestId('error-message').waitFor()
  await glossa.screenshot({ path: shot('08-damaged-file') })
})

test('tour of annotating, citing and exporting', async ({ glossa, host, folder }) => {
  const textFile = join(folder, 'examplestan.txt')
  await writeFile(textFile, lawText())
  const bibFile = join(folder, 'references.bib')
  await writeFile(bibFile, '@book{smith2019, author = {Smith, Anna}, title = {Secularism and the State}, publisher = {Oxford University Press}, year = {2019}}\n')
  await glossa.getByRole('button', { name: 'New Project' }).click()
  await importLaw(glossa, host, textFile)

  await glossa.getByRole('button', { name: /^Sources/ }).click()
  const library = glossa.getByRole('dialog', { name: 'Sources' })
  host.sourcesAnswers.push(bibFile)
  await library.getByRole('button', { name: 'Import sources…' }).click()
  await library.getByRole('status').waitFor()
  await glossa.screenshot({ path: shot('10-source-library') })
  await library.getByRole('button', { name: 'Close' }).last().click()

  await dragSelect(glossa, 'art_5', 'secular state')
  await glossa.screenshot({ path: shot('11-selection-toolbar') })
  await glossa.getByRole('toolbar', { name: 'Annotate the selection' }).getByRole('button', { name: 'Comment' }).click()
  const editor = glossa.getByRole('region', { name: 'Annotation' })
  await editor.getByLabel('Add a tag').fill('Secularism')
  await editor.getByLabel('Add a tag').press('Enter')
  await editor.getByRole('textbox', { name: 'Commentary' }).click()
  await glossa.keyboard.type('The state itself is bound by secularism; compare Article 19.')
  const picker = editor.getByRole('group', { name: 'Cite a source' })
  await picker.getByRole('combobox', { name: 'Source', exact: true }).selectOption('smith2019')
  await picker.getByRole('combobox', { name: 'Pinpoint', exact: true }).selectOption({ label: 'Page' })
  await picker.getByLabel('Pinpoint number').fill('12')
  await picker.getByRole('button', { name: 'Cite' }).click()
  await glossa.screenshot({ path: shot('12-annotation-editor') })
  await editor.getByRole('button', { name: 'Close' }).click()

  await dragSelect(glossa, 'art_19', 'union of a man and a woman')
  await glossa.getByRole('toolbar', { name: 'Annotate the selection' }).getByRole('button', { name: 'Highlight' }).click()
  await glossa.screenshot({ path: shot('13-annotated-text') })

  await glossa.keyboard.press('Control+f')
  await glossa.keyboard.type('state')
  await glossa.screenshot({ path: shot('14-search') })
  await glossa.keyboard.press('Escape')

  await glossa.keyboard.press('Control+Shift+E')
  await glossa.getByRole('dialog', { name: 'Export for publication' }).waitFor()
  await glossa.screenshot({ path: shot('15-export-dialog') })
})

test.describe('tour in the dark theme', () => {
  test.use({ colorScheme: 'dark' })

  test('the workbench, an annotation and dialogs, dark', async ({ glossa, host, folder }) => {
    const file = join(folder, 'examplestan.txt')
    await writeFile(file, lawText())
    await importLaw(glossa, host, file)
    await glossa.screenshot({ path: shot('20-dark-document') })
    await dragSelect(glossa, 'art_5', 'secular state')
    await glossa.keyboard.press('Control+Alt+m')
    await glossa.keyboard.type('Secularism binds the state itself.')
    await glossa.screenshot({ path: shot('21-dark-annotation-editor') })
    await glossa.keyboard.press('Escape')
    await glossa.keyboard.press('Control+g')
    await glossa.getByRole('dialog', { name: 'Go to article' }).waitFor()
    await glossa.screenshot({ path: shot('22-dark-go-to-article') })
    await glossa.keyboard.press('Escape')
    await glossa.keyboard.press('Control+Shift+E')
    await glossa.getByRole('dialog', { name: 'Export for publication' }).waitFor()
    await glossa.screenshot({ path: shot('23-dark-export-dialog') })
  })
})
