import { describe, expect, it } from 'vitest'
import { welcomeText as welcomeKk } from '../i18n/welcome.kk'
import { welcomeText as welcomeRu } from '../i18n/welcome.ru'
import { welcomeText as welcomeEn } from '../i18n/welcome.en'
import { importPlainText } from '../import/plain-text'
import { createWelcomeProject } from './welcome'

describe.each([
  ['en', welcomeEn, 'Welcome to Glossa', 'Article 4'],
  ['ru', welcomeRu, 'Добро пожаловать в Glossa', 'Статья 4'],
  ['kk', welcomeKk, 'Glossa-ға қош келдіңіз', '4-бап']
] as const)('the %s welcome project', (locale, text, title, lastArticle) => {
  it('is a small law the importer reads without a warning: preamble, 2 parts, 4 articles', () => {
    const imported = importPlainText(text, { format: 'text', language: locale })
    expect(imported.ok).toBe(true)
    if (!imported.ok) return
    expect(imported.report.counts).toMatchObject({ preamble: true, parts: 2, articles: 4 })
    expect(imported.report.warnings).toEqual([])
  })

  it('is titled and tagged in its language', () => {
    const project = createWelcomeProject(new Date('2026-01-01T00:00:00Z'), locale)
    expect(project.meta.title).toBe(title)
    expect(project.document?.language).toBe(locale)
    expect(JSON.stringify(project.document?.content)).toContain(lastArticle)
  })
})
