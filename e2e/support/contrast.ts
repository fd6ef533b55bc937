import type { Page } from '@playwright/test'

/** A colour pair the page draws, with its WCAG contrast ratio. */
export interface ContrastReading {
  what: string
  ratio: number
}

/**
 * Reads the page's real computed colours (whatever CSS notation they end up in: light-dark(), color-mix(),
 * transparency) by painting them on a canvas over the colour beneath, and measures WCAG 2 contrast ratios:
 * the text colours against their backgrounds, and for every tag palette colour at each overlap depth the words
 * on the tint and the underline against the page.
 */
export function readContrasts(page: Page, palette: readonly string[], selectors: readonly string[] = []): Promise<ContrastReading[]> {
  return page.evaluate(([colours, marked]) => {
    const canvas = document.createElement('canvas')
    canvas.width = canvas.height = 1
    const context = canvas.getContext('2d', { willReadFrequently: true })!
    /** The sRGB pixel of `layers` painted one over another, bottom first. */
    const paint = (...layers: string[]) => {
      context.clearRect(0, 0, 1, 1)
      for (const layer of layers) {
        context.fillStyle = layer
        context.fillRect(0, 0, 1, 1)
      }
      return Array.from(context.getImageData(0, 0, 1, 1).data.slice(0, 3))
    }
    const luminance = (rgb: number[]) => {
      const [r, g, b] = rgb.map((channel) => {
        const value = channel / 255
        return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
      })
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
    }
    const ratio = (a: number[], b: number[]) => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
      return (light! + 0.05) / (dark! + 0.05)
    }
    const probe = (className: string, parent: Element = document.body) => {
      const element = document.createElement('span')
      element.className = className
      element.textContent = 'x'
      parent.appendChild(element)
      return element
    }
    const rootStyle = getComputedStyle(document.documentElement)
    const token = (name: string) => {
      // Resolve a custom property through a real property, so light-dark() is decided by the page's scheme.
      const element = probe('')
      element.style.color = `var(${name})`
      const value = getComputedStyle(element).color
      element.remove()
      return value || rootStyle.getPropertyValue(name)
    }
    const paper = paint(token('--paper'))
    const readings: { what: string; ratio: number }[] = []
    const text = (what: string, ink: string, background: string) => readings.push({ what, ratio: ratio(paint(token(ink)), paint(token('--paper'), token(background))) })
    text('text on the page', '--ink', '--paper')
    text('muted text on the page', '--muted', '--paper')
    text('muted text on a panel', '--muted', '--panel')
    text('text on a button', '--ink', '--surface')
    text('accent text on the page', '--accent', '--paper')
    text('danger text on the page', '--danger', '--paper')
    text('button text on the accent', '--on-accent', '--accent')
    text('button text on danger', '--on-accent', '--danger')
    text('error banner text', '--error-ink', '--error-paper')
    text('notice banner text', '--notice-ink', '--notice-paper')
    text('warning text on its chip', '--warning-ink', '--warning-paper')
    text('text on a search hit', '--ink', '--search-hit')
    text('text on the active search hit', '--ink', '--search-hit-active')
    text('text on a focused article', '--ink', '--focus')

    const host = document.querySelector('.legal-text') ?? document.body
    for (const colour of colours) {
      for (const depth of ['', ' depth-2', ' depth-3']) {
        const span = probe(`annotation-highlight${depth}`, host)
        span.style.setProperty('--highlight', colour)
        const style = getComputedStyle(span)
        const tint = paint(token('--paper'), style.backgroundColor)
        readings.push({ what: `text on highlight ${colour}${depth}`, ratio: ratio(paint(style.color), tint) })
        readings.push({ what: `underline of highlight ${colour}${depth}`, ratio: ratio(paint(token('--paper'), style.borderBottomColor), paper) })
        span.remove()
      }
    }
    // Text the page shows on a background of its own (the compare view's struck and added words, say).
    for (const selector of marked) {
      const element = document.querySelector(selector)
      if (!element) throw new Error(`nothing matches ${selector}`)
      const style = getComputedStyle(element)
      readings.push({ what: `text of ${selector}`, ratio: ratio(paint(token('--paper'), style.color), paint(token('--paper'), style.backgroundColor)) })
    }
    return readings
  }, [palette, selectors] as const)
}
