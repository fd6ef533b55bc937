import { describe, expect, it } from 'vitest'
import { cslHtmlRuns, runsText } from './runs'

describe('cslHtmlRuns', () => {
  it('keeps italics, small capitals and roman text inside italics', () => {
    expect(cslHtmlRuns('Anna Smith, <i>Secularism <span style="font-style:normal;">and</span> State</i> (<span style="font-variant:small-caps;">oup</span> 2019) 4.')).toEqual([
      { text: 'Anna Smith, ' },
      { text: 'Secularism ', italic: true },
      { text: 'and' },
      { text: ' State', italic: true },
      { text: ' (' },
      { text: 'oup', smallCaps: true },
      { text: ' 2019) 4.' }
    ])
  })

  it('decodes citeproc numeric entities and never yields markup', () => {
    const runs = cslHtmlRuns('Ivanova &#38; Petrov, &#60;script&#62; &#171;Право&#187; <b>12</b><sup>th</sup>')
    expect(runsText(runs)).toBe('Ivanova & Petrov, <script> «Право» 12th')
    expect(runs.find((run) => run.text === '12')?.bold).toBe(true)
    expect(runs.find((run) => run.text === 'th')?.superscript).toBe(true)
  })

  it('unwraps bibliography entries and keeps only safe links', () => {
    const runs = cslHtmlRuns('  <div class="csl-entry">News, <a href="https://example.org/a?b=1&#38;c=2">example.org</a> <a href="javascript:alert(1)">x</a></div>\n')
    expect(runs).toEqual([{ text: 'News, ' }, { text: 'example.org', href: 'https://example.org/a?b=1&c=2' }, { text: ' x' }])
  })
})
