import { expect, test } from './support/fixtures'

/**
 * The case and legislation forms: a case has its court, number, date, neutral citation and law report; an act
 * its jurisdiction, number and date; the fields the project's citation style needs are marked, and a source
 * without them is refused with their names.
 */

test('a case in OSCOLA: the year and a neutral citation or report are required, and the note cites them', async ({ glossa }) => {
  await glossa.getByRole('button', { name: 'New Project' }).first().click()
  await glossa.getByRole('button', { name: /^Sources/ }).click()
  const library = glossa.getByRole('dialog', { name: 'Sources' })
  await library.getByRole('button', { name: 'Add source', exact: true }).click()
  const form = glossa.getByRole('dialog', { name: 'Add source' })
  await form.getByLabel('Type').selectOption({ label: 'Case' })
  const labels = form.locator('label[data-field]')
  await expect(labels.locator('> span')).toHaveText([
    'Case name',
    'Court',
    'Case number',
    'Date of judgment (YYYY-MM-DD) *',
    'Neutral citation, e.g. [2019] UKSC 41 *',
    'Law report, e.g. AC, WLR *',
    'Volume',
    'Pages',
    'URL',
    'Accessed (YYYY-MM-DD)',
    'Language (e.g. en, ru, kk)'
  ])
  await expect(form.getByTestId('source-required')).toHaveText(
    '* needed to cite it in OSCOLA (4th edition). One of these is enough: Neutral citation, e.g. [2019] UKSC 41 or Law report, e.g. AC, WLR.'
  )
  await form.getByLabel('Case name').fill('R (Miller) v Prime Minister')
  await form.getByLabel('Court').fill('Supreme Court')
  await form.getByLabel('Case number').fill('UKSC 2019/0192')
  await form.getByRole('button', { name: 'Save source' }).click()
  await expect(form.getByRole('alert')).toHaveText(
    'OSCOLA (4th edition) needs this to cite the source: Date of judgment (YYYY-MM-DD), Neutral citation, e.g. [2019] UKSC 41 or Law report, e.g. AC, WLR.'
  )
  await form.getByLabel('Date of judgment').fill('2019-09-24')
  await form.getByLabel('Neutral citation').fill('[2019] UKSC 41')
  await form.getByLabel('Law report').fill('AC')
  await form.getByLabel('Pages').fill('373')
  await glossa.screenshot({ path: '/tmp/source-form-case.png' })
  await form.getByRole('button', { name: 'Save source' }).click()
  await expect(form).toBeHidden()
  const entry = library.locator('.source-list li').first()
  await expect(entry.getByTestId('note-form')).toHaveText('R (Miller) v Prime Minister [2019] UKSC 41, AC 373.')

  // Chicago needs the court and a report: switching the style changes what is marked.
  await library.getByLabel('Citation style').selectOption({ label: 'Chicago notes and bibliography (18th edition)' })
  await library.getByRole('button', { name: 'Add source', exact: true }).click()
  await form.getByLabel('Type').selectOption({ label: 'Case' })
  await expect(form.locator('label[data-field="authority"] > span')).toHaveText('Court *')
  await expect(form.locator('label[data-field="number"] > span')).toHaveText('Case number')
})

test.describe('in Kazakh', () => {
  test.use({ locale: 'kk-KZ' })

  test('an act in GOST needs its date and number; the jurisdiction is asked for', async ({ glossa }) => {
    await glossa.getByRole('button', { name: 'Жаңа жоба' }).first().click()
    await glossa.getByRole('button', { name: /^Дереккөздер/ }).click()
    const library = glossa.getByRole('dialog', { name: 'Дереккөздер' })
    await library.getByLabel('Дәйексөз келтіру стилі').selectOption({ label: 'ГОСТ Р 7.0.5-2008 (жоласты сілтемелер)' })
    await library.getByRole('button', { name: 'Дереккөз қосу', exact: true }).click()
    const form = glossa.getByRole('dialog', { name: 'Дереккөз қосу' })
    await form.locator('select').first().selectOption({ label: 'Нормативтік құқықтық акт' })
    await expect(form.locator('label[data-field="jurisdiction"] > span')).toHaveText('Юрисдикция')
    await expect(form.locator('label[data-field="number"] > span')).toHaveText('Нөмірі *')
    await expect(form.locator('label[data-field="issued"] > span')).toHaveText('Қабылданған күні (ЖЖЖЖ-АА-КК) *')
    await form.locator('label[data-field="title"] input').fill('Неке (ерлі-зайыптылық) және отбасы туралы')
    await form.locator('label[data-field="jurisdiction"] input').fill('Қазақстан Республикасы')
    await form.locator('button[type="submit"]').click()
    await expect(form.getByRole('alert')).toHaveText(
      'ГОСТ Р 7.0.5-2008 (жоласты сілтемелер) стилі бойынша сілтеме жасау үшін мыналарды толтыру керек: Қабылданған күні (ЖЖЖЖ-АА-КК), Нөмірі.'
    )
    await form.locator('label[data-field="issued"] input').fill('2011-12-26')
    await form.locator('label[data-field="number"] input').fill('518-IV')
    await glossa.screenshot({ path: '/tmp/source-form-act-kk.png' })
    await form.locator('button[type="submit"]').click()
    await expect(form).toBeHidden()
    await expect(library.locator('.source-list li')).toHaveCount(1)
  })
})
