import { useMemo, useRef, useState } from 'react'
import type { Citation } from '../../../shared/annotations/types'
import type { CslItem } from '../../../shared/sources/types'
import { t } from '../i18n'
import { markedParagraphs } from './archive-marks'
import './archive.css'

interface Props {
  source: CslItem
  /** The passages the notes citing this source quote, highlighted in its text. */
  quotes: readonly string[]
  /** What to find in the text when the pane opens (from the project's search). */
  initialSearch?: string
  /** Cites the selected passage in the open annotation; absent when no annotation is open. */
  onCite?: (citation: Citation) => void
  onClose: () => void
}

interface Selected {
  quote: string
  paragraph: number
  prefix: string
  suffix: string
}

/** Characters of context kept on each side of a quote, as the Hypothesis client keeps them. */
const contextLength = 32

/** The selection when it lies within one paragraph of the pane's text. */
function selectedPassage(container: HTMLElement | null): Selected | null {
  const selection = window.getSelection()
  if (!container || !selection || selection.isCollapsed || !selection.anchorNode || !selection.focusNode) return null
  const paragraphOf = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('[data-paragraph]')
  const start = paragraphOf(selection.anchorNode)
  if (!start || start !== paragraphOf(selection.focusNode) || !container.contains(start)) return null
  const raw = selection.toString()
  const quote = raw.replace(/\s+/g, ' ').trim()
  if (!quote) return null
  // Where the selection starts in the paragraph's text: the text before it, less the paragraph's number.
  const range = selection.getRangeAt(0)
  const before = document.createRange()
  before.setStart(start, 0)
  before.setEnd(range.startContainer, range.startOffset)
  const number = start.querySelector('.paragraph-number')?.textContent ?? ''
  const text = (start.textContent ?? '').slice(number.length)
  const at = Math.max(0, before.toString().length - number.length) + (raw.length - raw.trimStart().length)
  return {
    quote,
    paragraph: Number(start.dataset['paragraph']),
    prefix: text.slice(Math.max(0, at - contextLength), at),
    suffix: text.slice(at + quote.length, at + quote.length + contextLength)
  }
}

/** A source's archived text beside the law: readable, searchable, its quoted passages marked, and quotable. */
export function ArchivePane({ source, quotes, initialSearch = '', onCite, onClose }: Props) {
  const snapshot = source.snapshot!
  const [search, setSearch] = useState(initialSearch)
  const [selected, setSelected] = useState<Selected | null>(null)
  const text = useRef<HTMLDivElement>(null)
  const paragraphs = useMemo(() => markedParagraphs(snapshot, quotes, search), [snapshot, quotes, search])
  const matches = search.trim() ? paragraphs.filter((pieces) => pieces.some((piece) => piece.kind === 'found')).length : null
  const taken = new Date(snapshot.takenAt).toLocaleDateString()

  return (
    <section className="archive" aria-label={t('sourceArchiveTitle')}>
      <header className="archive-head">
        <h2>{t('sourceArchiveTitle')}</h2>
        <button type="button" onClick={onClose}>
          {t('sourceArchiveClose')}
        </button>
      </header>
      <h3 className="archive-title">{source.title}</h3>
      <p className="muted">{t('sourceArchiveTaken', { fileName: snapshot.fileName, date: taken })}</p>
      <input type="search" aria-label={t('sourceArchiveSearch')} placeholder={t('sourceArchiveSearch')} value={search} onChange={(event) => setSearch(event.target.value)} />
      {matches !== null && (
        <p role="status" className="muted">
          {t('sourceArchiveMatches', { count: matches })}
        </p>
      )}
      {onCite && (
        <button
          type="button"
          className="primary"
          disabled={!selected}
          // Keep the selection: a button press would otherwise clear it before the click.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            if (!selected) return
            const { quote, paragraph, prefix, suffix } = selected
            onCite({ sourceId: source.id, quote, quoteContext: { prefix, suffix }, locator: { label: 'paragraph', value: String(paragraph) } })
            window.getSelection()?.removeAllRanges()
            setSelected(null)
          }}
        >
          {t('sourceArchiveCite')}
        </button>
      )}
      <div className="archive-text" ref={text} lang={snapshot.language} onMouseUp={() => setSelected(selectedPassage(text.current))} onKeyUp={() => setSelected(selectedPassage(text.current))}>
        {paragraphs.map((pieces, index) => (
          <p key={index} data-paragraph={index + 1}>
            <span className="paragraph-number" aria-hidden="true">
              {index + 1}
            </span>
            {pieces.map((piece, at) => (piece.kind ? <mark key={at} className={piece.kind}>{piece.text}</mark> : piece.text))}
          </p>
        ))}
      </div>
    </section>
  )
}
