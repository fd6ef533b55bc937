import { describe, expect, it } from 'vitest'
import { localeFor } from './locale'

describe('localeFor', () => {
  it.each([
    ['ru', 'ru'],
    ['ru-RU', 'ru'],
    ['ru-KZ', 'ru'],
    ['RU_ru', 'ru'],
    ['kk', 'kk'],
    ['kk-KZ', 'kk'],
    ['kk-Cyrl-KZ', 'kk'],
    ['en-US', 'en'],
    ['en', 'en'],
    ['de-DE', 'en'],
    ['uk-UA', 'en'],
    ['kky', 'en'],
    ['rus', 'en'],
    ['', 'en']
  ])('reads %j as %s', (tag, locale) => {
    expect(localeFor(tag)).toBe(locale)
  })
})
