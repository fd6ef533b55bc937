import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { generateLegalText } from '../src/shared/fixtures/generate-text'
import { expect, test } from './support/fixtures'

/**
 * The interface follows the system language: a Russian or Kazakh system gets the toolbar, the outline,
 * the dialogs and the welcome project (imported from Russian or Kazakh headings) in that language.
 */

const outlineParts = '.outline .outline-part > button'
const outlineArticles = '.outline .outline-article > button'

test.describe('in Russian', () => {
  test.use({ locale: 'ru-RU' })

  test('the toolbar, the outline and the welcome project speak Russian', async ({ glossa }) => {
    await expect(glossa.locator('html')).toHaveAttribute('lang', 'ru')
    await expect(glossa.getByTestId('project-title')).toHaveText('Добро пожаловать в Glossa')
    for (const name of ['Новый проект', 'Открыть проект…', 'Сохранить', 'Импорт текста…', 'Перейти к статье…', 'Правка текста'])
      await expect(glossa.getByRole('button', { name, exact: true })).toBeVisible()
    await expect(glossa.locator('.outline')).toContainText('Структура')
    await expect(glossa.locator('.outline .outline-preamble > button')).toHaveText('Преамбула')
    await expect(glossa.locator(outlineParts)).toHaveText(['Раздел I. Начало работы', 'Раздел II. Сохранение работы'])
    await expect(glossa.locator(outlineArticles)).toHaveCount(4)
    await expect(glossa.locator(outlineArticles).first()).toHaveText('Статья 1. Импорт правового текста')
    await glossa.screenshot({ path: '/tmp/glossa-i18n-ru.png' })

    // A dialog and its refusal, with the article number filled into the Russian sentence.
    await glossa.keyboard.press('Control+g')
    const goTo = glossa.getByRole('dialog', { name: 'Перейти к статье' })
    await goTo.getByLabel('Номер статьи').fill('99')
    await goTo.getByRole('button', { name: 'Перейти', exact: true }).click()
    await expect(goTo).toContainText('В этом документе нет статьи 99.')
    await glossa.screenshot({ path: '/tmp/glossa-i18n-ru-goto.png' })
  })

  test('the import report counts the units in Russian', async ({ glossa, host, folder }) => {
    const textFile = join(folder, 'examplestan.txt')
    await writeFile(textFile, generateLegalText({ parts: 11, articles: 95 }))
    host.importAnswers.push(textFile)
    await glossa.keyboard.press('Control+i')
    const report = glossa.getByRole('dialog', { name: 'Отчёт об импорте' })
    await expect(report.getByTestId('import-summary')).toHaveText(/^Преамбула, 11 разделов, 95 статей, \d+ пункт(а|ов)?$/)
    await expect(report).toContainText('Формат: обычный текст, язык: английский')
    await glossa.screenshot({ path: '/tmp/glossa-i18n-ru-report.png' })
    await report.getByRole('button', { name: 'Создать документ' }).click()
    await expect(glossa.locator(outlineArticles)).toHaveCount(95)
  })
})

test.describe('in Kazakh', () => {
  test.use({ locale: 'kk-KZ' })

  test('the toolbar, the outline and the welcome project speak Kazakh', async ({ glossa }) => {
    await expect(glossa.locator('html')).toHaveAttribute('lang', 'kk')
    await expect(glossa.getByTestId('project-title')).toHaveText('Glossa-ға қош келдіңіз')
    for (const name of ['Жаңа жоба', 'Жобаны ашу…', 'Сақтау', 'Мәтінді импорттау…', 'Бапқа өту…', 'Мәтінді түзету'])
      await expect(glossa.getByRole('button', { name, exact: true })).toBeVisible()
    await expect(glossa.locator('.outline')).toContainText('Құрылым')
    await expect(glossa.locator('.outline .outline-preamble > button')).toHaveText('Кіріспе')
    await expect(glossa.locator(outlineParts)).toHaveText(['I бөлім. Жұмысты бастау', 'II бөлім. Жұмысты сақтау'])
    await expect(glossa.locator(outlineArticles)).toHaveText([
      '1-бап. Құқықтық мәтінді импорттау',
      '2-бап. Мәтін бойынша жүру',
      '3-бап. Жобалар',
      '4-бап. Мәтінді түзету'
    ])
    await glossa.locator(outlineArticles).nth(2).click()
    await expect(glossa.locator('article[data-eid="art_3"]')).toBeInViewport()
    await glossa.screenshot({ path: '/tmp/glossa-i18n-kk.png' })
  })
})

test.describe('in another language', () => {
  test.use({ locale: 'de-DE' })

  test('the interface falls back to English', async ({ glossa }) => {
    await expect(glossa.getByTestId('project-title')).toHaveText('Welcome to Glossa')
    await expect(glossa.getByRole('button', { name: 'New Project', exact: true })).toBeVisible()
    await expect(glossa.locator(outlineParts).first()).toHaveText('Part I. Getting started')
    await glossa.screenshot({ path: '/tmp/glossa-i18n-en.png' })
  })
})
