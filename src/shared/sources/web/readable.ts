import { Readability } from '@mozilla/readability'
import { chromeSelectors, withoutChromeLines } from './chrome'
import { blockLines, cleanText, parsePage, type PageDocument, type PageElement } from './dom'

/**
 * The article's readable text, one paragraph a line: chrome elements go first, Mozilla Readability (the
 * engine of Firefox's Reader View) picks the article among what is left, and chrome lines no element marks
 * go last. A page too short for Readability to judge keeps its whole body text.
 */

/** Readability's default (500 characters) refuses short news items; a paragraph or two is an article. */
const charThreshold = 200

const insideArticle = (element: PageElement) => {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    if (['ARTICLE', 'MAIN'].includes(parent.tagName.toUpperCase())) return true
  }
  return false
}

/** A block of three or more links and next to no other text: a menu, whatever its markup. */
const menuLinks = 3
const menuLinkShare = 0.9

function isMenu(element: PageElement): boolean {
  const links = [...element.querySelectorAll('a')]
  if (links.length < menuLinks) return false
  const linkText = links.reduce((length, link) => length + cleanText(link.textContent).length, 0)
  return linkText >= cleanText(element.textContent).replace(/[|•·/]/g, '').replace(/\s+/g, '').length * menuLinkShare
}

/** Removes chrome from the page in place; a header inside the article (its headline, byline and date) stays. */
function removeChrome(page: PageDocument): void {
  for (const element of [...page.querySelectorAll(chromeSelectors)]) {
    if (element.tagName.toUpperCase() === 'HEADER' && insideArticle(element)) continue
    element.remove()
  }
  for (const element of [...page.querySelectorAll('div, ul, ol, p, section, span, table')]) {
    if (element.parentElement && isMenu(element)) element.remove()
  }
}

/** The readable paragraphs of a page. Changes `page`: parse a fresh copy when the page is needed again. */
export function readableParagraphs(page: PageDocument): string[] {
  removeChrome(page)
  const bodyLines = page.body ? blockLines(page.body) : []
  const article = new Readability(page as never, { charThreshold }).parse()
  const articleLines = article?.content ? blockLines(parsePage(article.content).body!) : []
  return withoutChromeLines(articleLines.length > 0 ? articleLines : bodyLines)
}
