import { describe, expect, it } from 'vitest'
import { findDate, isoText } from './dates'

describe('dates as news pages print them', () => {
  it.each([
    ['2026-02-10T15:15:37+05:00', { year: 2026, month: 2, day: 10, time: '15:15:37' }],
    ['10.02.2026 15:15:37', { year: 2026, month: 2, day: 10, time: '15:15:37' }],
    ['Опубликовано: 03.11.2025', { year: 2025, month: 11, day: 3 }],
    ['1 февраля 2026', { year: 2026, month: 2, day: 1 }],
    ['12 мая 2026 г., 18:05', { year: 2026, month: 5, day: 12, time: '18:05' }],
    ['2026 жылғы 1 ақпан', { year: 2026, month: 2, day: 1 }],
    ['2026 ж. 15 қыркүйек 09:00', { year: 2026, month: 9, day: 15, time: '09:00' }],
    ['February 10, 2026', { year: 2026, month: 2, day: 10 }],
    ['10 Feb 2026', { year: 2026, month: 2, day: 10 }],
    ['Sept. 3, 2026 at 7:45', { year: 2026, month: 9, day: 3, time: '07:45' }]
  ])('%s', (text, date) => {
    expect(findDate(text)).toEqual(date)
  })

  it('reads "on Feb. 10" only with a year to give it', () => {
    expect(findDate('the court sat on Feb. 10, a month later')).toBeUndefined()
    expect(findDate('the court sat on Feb. 10, a month later', 2026)).toEqual({ year: 2026, month: 2, day: 10 })
  })

  it('is not fooled by "may" in a sentence, impossible days or times', () => {
    expect(findDate('citizens may 2 times a year appeal', 2026)).toBeUndefined()
    expect(findDate('32.13.2026')).toBeUndefined()
    expect(findDate('10.02.2026 25:61')).toEqual({ year: 2026, month: 2, day: 10 })
  })

  it('writes ISO 8601', () => {
    expect(isoText({ year: 2026, month: 2, day: 10, time: '15:15:37' })).toBe('2026-02-10T15:15:37')
    expect(isoText({ year: 2026, month: 2 })).toBe('2026-02')
  })
})
