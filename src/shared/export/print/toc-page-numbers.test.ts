// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { fillTocPageNumbersScript, tocPageAttribute } from './toc-page-numbers'

/** Pages as pagedjs leaves them: the contents on page 2, the targets further on, the source in a template. */
function laidOutPages(): void {
  document.body.innerHTML = `
<template><nav class="toc"><a href="#u-art_1">Article 1</a></nav><h3 id="u-art_1">Article 1</h3></template>
<div class="pagedjs_pages">
  <div class="pagedjs_page" data-page-number="1"><section class="title-page"></section></div>
  <div class="pagedjs_page" data-page-number="2"><nav class="toc">
    <a href="#u-part_1">Part I</a><a href="#u-art_1">Article 1</a><a href="#u-art_2">Article 2</a><a href="#u-gone">Gone</a>
  </nav></div>
  <div class="pagedjs_page" data-page-number="3"><h2 id="u-part_1">Part I</h2><h3 id="u-art_1">Article 1</h3></div>
  <div class="pagedjs_page" data-page-number="4"><p>…</p><h3 id="u-art_2">Article 2</h3></div>
</div>`
}

describe('contents page numbers', () => {
  it('writes on each contents link the number of the page its target was laid out on', () => {
    laidOutPages()
    new Function(`(${fillTocPageNumbersScript})()`)()
    const numbers = [...document.querySelectorAll('.pagedjs_page .toc a')].map((link) => [link.textContent, link.getAttribute(tocPageAttribute)])
    expect(numbers).toEqual([
      ['Part I', '3'],
      ['Article 1', '3'],
      ['Article 2', '4'],
      ['Gone', null]
    ])
  })
})
