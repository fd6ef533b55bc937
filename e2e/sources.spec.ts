import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { parseProjectFile } from '../src/shared/project/parse'
import { expect, test } from './support/fixtures'
import { writeTaggedProject } from './tagged-project'

/** A BibTeX file as a reference manager exports it: a journal article and a web page. */
const bibtex = String.raw`@article{ivanova2021,
  author  = {Ivanova, Maria},
  title   = {Marriage in Post-Soviet Constitutions},
  journal = {Central Asian Law Review},
  volume  = {12}, number = {3}, pages = {101--130},
  year    = {2021}
}
@online{draft2026,
  title   = {Draft constitution published},
  url     = {https://example.org/draft},
  date    = {2026-03-01},
  urldate = {2026-03-05}
}
`

async function openLibrary(page: Page) {
  await page.getByRole('button', { name: /^Sources/ }).click()
  return page.getByRole('dialog', { name: 'Sources' })
}

const entry = (page: Page, id: string) => page.locator(`.source-list li[data-source-id="${id}"]`)

test('add a source by hand, import a BibTeX file, switch styles, and keep it all through save and reopen', async ({ glossa, host, folder }) => {
  await glossa.getByRole('button', { name: 'New Project' }).first().click()
  let library = await openLibrary(glossa)
  await expect(library).toContainText('No sources yet')

  // By hand: a book.
  await library.getByRole('button', { name: 'Add source', exact: true }).click()
  const form = glossa.getByRole('dialog', { name: 'Add source' })
  await form.getByLabel('Type').selectOption({ label: 'Book' })
  await form.getByLabel('Authors').fill('Smith, Anna')
  await form.getByLabel('Title').fill('Secularism and the State')
  await form.getByLabel('Publisher').fill('Oxford University Press')
  await form.getByLabel('Date').fill('5 May 2019')
  await form.getByRole('button', { name: 'Save source' }).click()
  await expect(form.getByRole('alert')).toHaveText('“5 May 2019” is not a date: write YYYY, YYYY-MM or YYYY-MM-DD.')
  await form.getByLabel('Date').fill('2019')
  await form.getByRole('button', { name: 'Save source' }).click()
  await expect(form).toBeHidden()

  // OSCOLA by default: surname and initial in the bibliography, full name and a bare pinpoint-ready note.
  const smith = entry(glossa, 'smith2019')
  await expect(smith.getByTestId('bibliography-entry')).toHaveText('Smith A, Secularism and the State (Oxford University Press 2019)')
  await expect(smith.getByTestId('note-form')).toHaveText('Anna Smith, Secularism and the State (Oxford University Press 2019).')
  await expect(smith.getByTestId('bibliography-entry').locator('i')).toHaveText('Secularism and the State')
  await expect(smith).toContainText('No annotation cites this source yet.')

  // From a file the user picks: two more sources.
  const bibFile = join(folder, 'references.bib')
  await writeFile(bibFile, bibtex)
  host.sourcesAnswers.push(bibFile)
  await library.getByRole('button', { name: 'Import sources…' }).click()
  await expect(library.getByRole('status')).toHaveText('Sources imported from references.bib: 2.')
  await expect(library.getByTestId('bibliography-entry')).toHaveText([
    '‘Draft Constitution Published’ (1 March 2026) <https://example.org/draft> accessed 5 March 2026',
    'Ivanova M, ‘Marriage in Post-Soviet Constitutions’ (2021) 12 Central Asian Law Review 101',
    'Smith A, Secularism and the State (Oxford University Press 2019)'
  ])

  // Chicago (full notes): the note and the bibliography entry both in full, each in its own form.
  await library.getByLabel('Citation style').selectOption({ label: 'Chicago notes and bibliography (18th edition)' })
  await expect(smith.getByTestId('bibliography-entry')).toHaveText('Smith, Anna. Secularism and the State. Oxford University Press, 2019.')
  await expect(smith.getByTestId('note-form')).toHaveText('Anna Smith, Secularism and the State (Oxford University Press, 2019).')
  await entry(glossa, 'ivanova2021').getByRole('button').first().click()
  await expect(entry(glossa, 'ivanova2021').getByTestId('note-form')).toHaveText('Maria Ivanova, “Marriage in Post-Soviet Constitutions,” Central Asian Law Review 12, no. 3 (2021): 101–30.')
  await glossa.screenshot({ path: '/tmp/sources-library.png' })
  await library.getByRole('button', { name: 'Close' }).last().click()

  const projectFile = join(folder, 'sources.glossa')
  host.saveAnswers.push(projectFile)
  await glossa.keyboard.press('Control+s')
  await expect(glossa.getByTestId('save-state')).toHaveText('Saved')
  const saved = parseProjectFile(await readFile(projectFile, 'utf8'))
  if (!saved.ok) throw new Error(saved.error.code)
  expect(saved.value.meta.citationStyle).toBe('chicago-note-bibliography')
  expect(saved.value.sources.map((source) => source.id).sort()).toEqual(['draft2026', 'ivanova2021', 'smith2019'])

  await glossa.getByRole('button', { name: 'Close Project' }).click()
  host.openAnswers.push(projectFile)
  await glossa.getByRole('button', { name: 'Open Project…' }).first().click()
  library = await openLibrary(glossa)
  await expect(library.getByLabel('Citation style')).toHaveValue('chicago-note-bibliography')
  await expect(library.getByTestId('bibliography-entry')).toHaveCount(3)
})

test('a broken BibTeX entry is refused alone, with its reason, and the good ones are imported', async ({ glossa, host, folder }) => {
  await glossa.getByRole('button', { name: 'New Project' }).first().click()
  const library = await openLibrary(glossa)
  const mixed = join(folder, 'mixed.bib')
  await writeFile(mixed, '@book{good, title = {A Good Book}, year = 2020}\n@book{smith,\n  title = {Unclosed brace\n')
  host.sourcesAnswers.push(mixed)
  await library.getByRole('button', { name: 'Import sources…' }).click()
  await expect(library.getByRole('status')).toHaveText('Sources imported from mixed.bib: 1.')
  const report = library.getByTestId('source-import-report')
  await expect(report).toContainText('Entries not imported: 1.')
  await expect(report.getByTestId('refused-source')).toHaveText(/^smith: not valid BibTeX \(the entry from line 2\)/)

  // The same file again: the good entry is merged into the source already there, not added twice.
  host.sourcesAnswers.push(mixed)
  await library.getByRole('button', { name: 'Import sources…' }).click()
  await expect(library.getByRole('status')).toHaveText('Sources imported from mixed.bib: 0.')
  await expect(report).toContainText('merged instead of added again: 1.')
  await library.getByRole('button', { name: 'Close' }).last().click()
  await expect(glossa.getByRole('button', { name: /^Sources/ })).toHaveText('Sources 1')
})

/** A project on a generated constitution, with annotations carrying tags, written to disk by the test. */
function taggedProject(folder: string): Promise<string> {
  const tag = (id: string, name: string, parentId: string | null) => ({ id, name, color: '#7cc4f2', description: '', parentId })
  const tags = [tag('values', 'Values', null), tag('secularism', 'Secularism', 'values'), tag('laicite', 'Laicite', 'values'), tag('family', 'Family', null)]
  return writeTaggedProject(folder, 'tagged.glossa', tags, [['secularism'], ['laicite', 'family'], ['secularism', 'laicite']])
}

test('rename and merge tags without losing an assignment', async ({ glossa, host, folder }) => {
  const file = await taggedProject(folder)
  host.openAnswers.push(file)
  await glossa.getByRole('button', { name: 'Open Project…' }).first().click()
  await glossa.getByRole('button', { name: /^Tags/ }).click()
  const manager = glossa.getByRole('dialog', { name: 'Tags' })
  const row = (id: string) => manager.locator(`li[data-tag-id="${id}"]`)
  await expect(manager.locator('.tag-name')).toHaveText(['Family', 'Values', 'Laicite', 'Secularism'])
  await expect(row('laicite')).toContainText('annotations: 2')

  // A new sub-tag, then a rename that clashes and one that does not.
  await manager.getByLabel('Name').first().fill('Marriage')
  await manager.locator('.tag-add').getByLabel('Parent').selectOption({ label: 'Family' })
  await manager.getByRole('button', { name: 'Add tag' }).click()
  await expect(manager.locator('.tag-name')).toHaveText(['Family', 'Marriage', 'Values', 'Laicite', 'Secularism'])
  await row('secularism').getByRole('button', { name: 'Rename' }).click()
  await row('secularism').getByLabel('Name').fill('laicite')
  await row('secularism').getByRole('button', { name: 'Save' }).click()
  await expect(row('secularism').getByRole('alert')).toHaveText('There is already a tag called “laicite” at this level.')
  await row('secularism').getByLabel('Name').fill('Secular state')
  await row('secularism').getByRole('button', { name: 'Save' }).click()
  await expect(row('secularism').locator('.tag-name')).toHaveText('Secular state')

  await row('laicite').getByLabel('Merge into').selectOption({ label: 'Values > Secular state' })
  await row('laicite').getByRole('button', { name: 'Merge' }).click()
  await expect(manager.getByRole('status')).toHaveText('“Laicite” was merged into “Values > Secular state”. Annotations tagged “Values > Secular state”: 3.')
  await expect(row('laicite')).toHaveCount(0)
  await expect(row('secularism')).toContainText('annotations: 3')
  await glossa.screenshot({ path: '/tmp/sources-tags.png' })
  await manager.getByRole('button', { name: 'Close' }).last().click()

  await glossa.keyboard.press('Control+s')
  await expect(glossa.getByTestId('save-state')).toHaveText('Saved')
  const saved = parseProjectFile(await readFile(file, 'utf8'))
  if (!saved.ok) throw new Error(saved.error.code)
  expect(saved.value.tags.map((tag) => tag.name).sort()).toEqual(['Family', 'Marriage', 'Secular state', 'Values'])
  expect(saved.value.annotations.map((annotation) => annotation.tags)).toEqual([['secularism'], ['secularism', 'family'], ['secularism']])
})
