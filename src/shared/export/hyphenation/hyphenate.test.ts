import { describe, expect, it } from 'vitest'
import { hyphenate } from './hyphenate'

const breaks = (text: string, language: string) => hyphenate(text, language).replace(/\u00ad/g, '-')

describe('hyphenation for the printed book', () => {
  it('breaks Kazakh words by syllables, before the consonant that opens the next one', () => {
    expect(breaks('мемлекеттің азаматтарға міндеттемелерін айтты', 'kk')).toBe('мем-ле-кет-тің аза-мат-тар-ға мін-дет-те-ме-ле-рін айт-ты')
    // Every Kazakh letter is a letter to the patterns, and two letters stay on either side of a break.
    expect(breaks('Республикасының үкіметі өңірлерге ұсынады', 'kk')).toBe('Рес-пуб-ли-ка-сы-ның үкі-ме-ті өңір-лер-ге ұсы-на-ды')
  })

  it('breaks Russian and English words by their hyph-utf8 patterns', () => {
    expect(breaks('Конституционные обязанности государства', 'ru')).toBe('Кон-сти-ту-ци-он-ные обя-зан-но-сти го-су-дар-ства')
    expect(breaks('constitutional responsibilities', 'en')).toBe('con-sti-tu-tion-al re-spons-ib-il-it-ies')
  })

  it('leaves short words, markup-like text and unknown languages as they are', () => {
    expect(breaks('the state', 'en')).toBe('the state')
    expect(breaks('a <b> & c', 'en')).toBe('a <b> & c')
    expect(breaks('Verfassungsgericht', 'de')).toBe('Verfassungsgericht')
  })
})
