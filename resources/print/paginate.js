/*
 * Glossa's print pagination (the print view embeds this file; see src/shared/export/print/print-view.ts).
 *
 * The print view arrives as one hidden flow (.print-source) and a pool of footnotes (.footnote-pool). This
 * script deals the flow's blocks out onto fixed-size sheets, one sheet per printed page, each with its running
 * head, its "page n of N" and, at its foot, the footnotes whose calls it shows, in call order. A block that
 * does not fit is split between two lines (two lines at least on either side); a heading never ends a sheet.
 * Chromium then prints each sheet as one page (@page margin 0).
 *
 * Why not pagedjs: it re-laid out the page after every footnote it placed (several forced layouts per note),
 * and its page boxes made printing slow; here each block costs one layout of its own sheet only.
 */
;(function () {
  'use strict'

  var readyAttribute = 'data-print-ready'
  var failedAttribute = 'data-print-failed'

  function style(element) {
    return window.getComputedStyle(element)
  }

  function isBlockLevel(element) {
    var computed = style(element)
    if (computed.display === 'none' || computed.display.indexOf('inline') === 0 || computed.display === 'contents') return false
    return computed.float === 'none' && computed.position !== 'absolute' && computed.position !== 'fixed'
  }

  function isWhitespace(node) {
    return node.nodeType === Node.TEXT_NODE && !/\S/.test(node.data)
  }

  /** Wraps runs of inline content that sit beside blocks, so that every piece of the flow is a block. */
  function wrapStrayInlines(container) {
    var run = []
    var flush = function () {
      if (run.some(function (node) { return !isWhitespace(node) })) {
        var wrapper = document.createElement('div')
        wrapper.className = 'print-anonymous'
        container.insertBefore(wrapper, run[0])
        run.forEach(function (node) { wrapper.appendChild(node) })
      }
      run = []
    }
    Array.prototype.slice.call(container.childNodes).forEach(function (node) {
      if (node.nodeType === Node.ELEMENT_NODE && (isBlockLevel(node) || style(node).display === 'none')) flush()
      else if (node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.TEXT_NODE) run.push(node)
    })
    flush()
  }

  /** A block laid out as a whole (its lines may still be split): flex, grid and table boxes, or one with no block inside. */
  function isLeaf(element) {
    return /^(flex|grid|table)/.test(style(element).display) || !hasBlockChild(element)
  }

  function hasBlockChild(element) {
    for (var child = element.firstElementChild; child; child = child.nextElementSibling) if (isBlockLevel(child)) return true
    return false
  }

  /**
   * The flow's blocks in reading order, each with its containers (outermost first), whether a page break is
   * forced before it, and whether it sits on a front page (title page, contents: no running head or number).
   */
  function collectBlocks(root) {
    var blocks = []
    var breakPending = false
    var walk = function (container, ancestors, front) {
      wrapStrayInlines(container)
      for (var child = container.firstElementChild; child; child = child.nextElementSibling) {
        var computed = style(child)
        if (computed.display === 'none') continue
        var onFront = front || computed.page === 'front'
        if (computed.breakBefore === 'page') breakPending = true
        if (isLeaf(child)) {
          blocks.push({ element: child, ancestors: ancestors, breakBefore: breakPending, front: onFront, keepWithNext: computed.breakAfter === 'avoid', splittable: !/^H\d$/.test(child.tagName) && computed.breakInside !== 'avoid' })
          breakPending = false
        } else walk(child, ancestors.concat([child]), onFront)
        if (computed.breakAfter === 'page') breakPending = true
      }
    }
    walk(root, [], false)
    return blocks
  }

  function Sheets(container, notesById) {
    this.container = container
    this.notesById = notesById
    this.count = 0
    this.sheet = null
  }

  Sheets.prototype.open = function (front) {
    if (this.sheet && this.placed.length === 0) {
      // Nothing on it yet: it becomes the sheet asked for.
      this.sheet.classList.toggle('front', front)
      this.front = front
      return
    }
    var sheet = document.createElement('div')
    sheet.className = 'sheet' + (front ? ' front' : '')
    this.count++
    sheet.setAttribute('data-page-number', String(this.count))
    sheet.innerHTML = '<div class="sheet-head"></div><div class="sheet-body"><div class="sheet-text"></div><div class="sheet-notes empty"></div></div><div class="sheet-foot"></div>'
    this.container.appendChild(sheet)
    this.sheet = sheet
    this.front = front
    this.body = sheet.querySelector('.sheet-body')
    this.text = sheet.querySelector('.sheet-text')
    this.notes = sheet.querySelector('.sheet-notes')
    this.placed = []
    // The clones of the flow's containers open on this sheet: [original, clone] from the outermost.
    this.openContainers = []
    if (this.height === undefined) this.height = this.body.clientHeight
  }

  /** Puts a block (and the footnotes it calls) on the current sheet; returns what to undo it with. */
  Sheets.prototype.place = function (block) {
    var depth = 0
    while (depth < this.openContainers.length && depth < block.ancestors.length && this.openContainers[depth][0] === block.ancestors[depth]) depth++
    this.openContainers.length = depth
    var parent = depth > 0 ? this.openContainers[depth - 1][1] : this.text
    var created = []
    var opened = []
    for (var level = depth; level < block.ancestors.length; level++) {
      var original = block.ancestors[level]
      var clone = original.cloneNode(false)
      // A container that goes on over several sheets keeps its id (a link target) on its first sheet only.
      if (original.hasAttribute('data-print-opened')) clone.removeAttribute('id')
      else {
        original.setAttribute('data-print-opened', '')
        opened.push(original)
      }
      clone.removeAttribute('data-print-opened')
      parent.appendChild(clone)
      created.push(clone)
      this.openContainers.push([original, clone])
      parent = clone
    }
    parent.appendChild(block.element)
    var notes = this.notesOf(block.element)
    for (var index = 0; index < notes.length; index++) this.notes.appendChild(notes[index])
    this.notes.classList.toggle('empty', this.notes.firstElementChild === null)
    var placement = { block: block, created: created, opened: opened, notes: notes, depth: depth }
    this.placed.push(placement)
    return placement
  }

  /** Takes the last placed block (and its footnotes, and the containers opened for it) off the sheet. */
  Sheets.prototype.unplace = function () {
    var placement = this.placed.pop()
    placement.block.element.remove()
    placement.notes.forEach(function (note) { note.remove() })
    for (var index = placement.created.length - 1; index >= 0; index--) placement.created[index].remove()
    placement.opened.forEach(function (original) { original.removeAttribute('data-print-opened') })
    this.openContainers.length = placement.depth
    // Re-open the containers the previous block left open.
    var previous = this.placed[this.placed.length - 1]
    if (previous) this.openContainers = this.pathOf(previous.block)
    this.notes.classList.toggle('empty', this.notes.firstElementChild === null)
    return placement.block
  }

  Sheets.prototype.pathOf = function (block) {
    var path = []
    var node = block.element.parentElement
    var clones = []
    while (node && node !== this.text) {
      clones.unshift(node)
      node = node.parentElement
    }
    for (var index = 0; index < clones.length && index < block.ancestors.length; index++) path.push([block.ancestors[index], clones[index]])
    return path
  }

  Sheets.prototype.notesOf = function (element) {
    var notes = []
    var calls = element.querySelectorAll('a.fn-call[data-note]')
    for (var index = 0; index < calls.length; index++) {
      var note = this.notesById[calls[index].getAttribute('data-note')]
      if (note) notes.push(note)
    }
    return notes
  }

  Sheets.prototype.fits = function () {
    return this.text.offsetHeight + (this.notes.firstElementChild ? this.notes.offsetHeight : 0) <= this.height + 0.5
  }

  /** The line boxes of a block's own text (margin notes beside it left out), top to bottom. */
  function lineBoxes(element, texts) {
    var lines = []
    var range = document.createRange()
    texts.forEach(function (text) {
      range.selectNodeContents(text)
      var rects = range.getClientRects()
      for (var index = 0; index < rects.length; index++) {
        var rect = rects[index]
        if (rect.height === 0) continue
        var middle = (rect.top + rect.bottom) / 2
        var line = null
        for (var at = lines.length - 1; at >= 0 && at >= lines.length - 3; at--) {
          if (middle >= lines[at].top && middle <= lines[at].bottom) line = lines[at]
        }
        if (line) {
          line.top = Math.min(line.top, rect.top)
          line.bottom = Math.max(line.bottom, rect.bottom)
        } else lines.push({ top: rect.top, bottom: rect.bottom })
      }
    })
    return lines.sort(function (a, b) { return a.top - b.top })
  }

  function ownTexts(element) {
    var texts = []
    var walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        return node.parentElement.closest('.margin-note') || !/\S/.test(node.data) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT
      }
    })
    while (walker.nextNode()) texts.push(walker.currentNode)
    return texts
  }

  /** The first character (text node and offset) laid out at or below `top`. */
  function firstCharacterFrom(texts, top) {
    var range = document.createRange()
    var below = function (text, offset) {
      range.setStart(text, offset)
      range.setEnd(text, offset + 1)
      var rects = range.getClientRects()
      var rect = rects[rects.length - 1]
      return rect !== undefined && rect.height > 0 && (rect.top + rect.bottom) / 2 >= top
    }
    for (var index = 0; index < texts.length; index++) {
      var text = texts[index]
      if (text.length === 0 || !below(text, text.length - 1)) continue
      var low = 0
      var high = text.length - 1
      while (low < high) {
        var middle = (low + high) >> 1
        if (below(text, middle)) high = middle
        else low = middle + 1
      }
      return { text: text, offset: low }
    }
    return null
  }

  /**
   * Splits the block last placed (which overflows the sheet) after as many lines as fit with their
   * footnotes, leaving at least two lines on either side. Returns the rest as a new block, or null.
   */
  Sheets.prototype.split = function () {
    var placement = this.placed[this.placed.length - 1]
    var block = placement.block
    if (!block.splittable) return null
    var element = block.element
    var texts = ownTexts(element)
    var lines = lineBoxes(element, texts)
    if (lines.length < 4) return null
    var textTop = this.text.getBoundingClientRect().top
    for (var keep = lines.length - 2; keep >= 2; keep--) {
      if (lines[keep - 1].bottom - textTop > this.height) continue
      var from = firstCharacterFrom(texts, lines[keep].top)
      if (!from) return null
      var range = document.createRange()
      range.setStart(from.text, from.offset)
      range.setEnd(element, element.childNodes.length)
      var rest = element.cloneNode(false)
      rest.removeAttribute('id')
      rest.classList.add('print-continued')
      rest.appendChild(range.extractContents())
      element.classList.add('print-split')
      // A word broken at a soft hyphen: the hyphen shows only at a line break, and this is now the block's end.
      var last = ownTexts(element).pop()
      var hyphenated = last !== undefined && last.data.charAt(last.data.length - 1) === '\u00ad'
      if (hyphenated) last.data = last.data.slice(0, -1) + '-'
      var moved = this.notesOf(rest)
      moved.forEach(function (note) { note.remove() })
      placement.notes = placement.notes.filter(function (note) { return moved.indexOf(note) < 0 })
      this.notes.classList.toggle('empty', this.notes.firstElementChild === null)
      if (this.fits()) {
        return { element: rest, ancestors: block.ancestors, breakBefore: false, front: block.front, keepWithNext: block.keepWithNext, splittable: true, newSheet: true }
      }
      // Too much still: join the block again and try a line fewer.
      if (hyphenated) last.data = last.data.slice(0, -1) + '\u00ad'
      while (rest.firstChild) element.appendChild(rest.firstChild)
      element.normalize()
      element.classList.remove('print-split')
      placement.notes = this.notesOf(element)
      var notes = this.notes
      placement.notes.forEach(function (note) { notes.appendChild(note) })
      texts = ownTexts(element)
    }
    return null
  }

  function paginate() {
    var source = document.querySelector('.print-source')
    var pool = document.querySelector('.footnote-pool')
    var notesById = {}
    if (pool) {
      Array.prototype.forEach.call(pool.querySelectorAll('[data-note]'), function (note) { notesById[note.getAttribute('data-note')] = note })
    }
    // Room for the page numbers written after layout, so that writing them moves nothing.
    Array.prototype.forEach.call(document.querySelectorAll('.toc a[href^="#"], a.xref[href^="#"]'), function (link) { link.setAttribute('data-page', '000') })
    var blocks = collectBlocks(source)
    var container = document.createElement('div')
    container.className = 'sheets'
    document.body.appendChild(container)
    var sheets = new Sheets(container, notesById)
    for (var index = 0; index < blocks.length; index++) {
      var block = blocks[index]
      if (!sheets.sheet || sheets.front !== block.front || ((block.breakBefore || block.newSheet) && sheets.placed.length > 0)) sheets.open(block.front)
      sheets.place(block)
      if (sheets.fits() || sheets.placed.length === 1) {
        if (sheets.placed.length === 1 && !sheets.fits()) {
          var alone = sheets.split()
          if (alone) blocks.splice(index + 1, 0, alone)
        }
        continue
      }
      var rest = sheets.split()
      if (rest) {
        blocks.splice(index + 1, 0, rest)
        continue
      }
      sheets.unplace()
      // A heading goes over with the block it heads.
      var back = index
      while (sheets.placed.length > 1 && sheets.placed[sheets.placed.length - 1].block.keepWithNext) {
        sheets.unplace()
        back--
      }
      sheets.open(block.front)
      index = back - 1
    }
    finish(container, sheets.count)
  }

  /** Running heads, page numbers, contents and cross-reference pages, once every block has its sheet. */
  function finish(container, count) {
    container.style.counterReset = 'page 0 pages ' + count
    var head = ''
    Array.prototype.forEach.call(container.children, function (sheet) {
      var first = sheet.querySelector('[data-running-head]')
      if (first) head = first.getAttribute('data-running-head')
      sheet.querySelector('.sheet-head').textContent = sheet.classList.contains('front') ? '' : head
    })
    // What the flow left behind (empty containers, unused notes) goes first: its ids are the sheets' now.
    document.querySelector('.print-source').remove()
    var pool = document.querySelector('.footnote-pool')
    if (pool) pool.remove()
    Array.prototype.forEach.call(container.querySelectorAll('.toc a[href^="#"], a.xref[href^="#"]'), function (link) {
      var target = document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)))
      var sheet = target && target.closest('.sheet')
      if (sheet) link.setAttribute('data-page', sheet.getAttribute('data-page-number'))
      else link.removeAttribute('data-page')
    })
    document.documentElement.setAttribute(readyAttribute, String(count))
  }

  function start() {
    // Every face of every script subset (Latin, Latin Extended, Cyrillic, Cyrillic Extended for Kazakh):
    // a subset that loaded after layout would change the text's width under the pages already made.
    var faces = ['400 1em', '700 1em', 'italic 400 1em', 'italic 700 1em'].map(function (face) { return document.fonts.load(face + ' "PT Serif"', 'AĀЯӘ') })
    Promise.all(faces)
      .then(paginate)
      .catch(function (error) {
        document.documentElement.setAttribute(failedAttribute, String((error && error.stack) || error))
        console.error(error)
      })
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start)
  else start()
})()
