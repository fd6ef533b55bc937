import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react'
import { alignmentCounts, alignmentSummary } from '../../../shared/editions/summary'
import { pairFilters, pairMatches, type PairFilter } from '../../../shared/export/comparative-table/filters'
import { publicationLanguages, type PublicationLanguage } from '../../../shared/export/options'
import type { MessageKey } from '../../../shared/i18n/messages.en'
import { localeFor } from '../../../shared/i18n/locale'
import { NoticeBanner } from '../components/NoticeBanner'
import { SelectField } from '../export/SelectField'
import { t } from '../i18n'
import { CompareRow } from './CompareRow'
import { useTableExport } from './useTableExport'
import type { Comparison } from './useCompare'
import './compare.css'

export interface CompareViewHandle {
  /** Shows the article of the open text with this eId (even if the filters hide it); false if it has none. */
  goTo(eId: string): boolean
}

const filterLabels: Record<PairFilter | 'unchanged', MessageKey> = {
  changed: 'compareFilterChanged',
  inserted: 'compareFilterInserted',
  deleted: 'compareFilterDeleted',
  renumbered: 'compareFilterRenumbered',
  unchanged: 'compareFilterUnchanged'
}
const languageLabels: Record<PublicationLanguage, MessageKey> = { en: 'languageEn', ru: 'languageRu', kk: 'languageKk' }

/** Rows rendered at first and added each time the reader scrolls near the end of those rendered. */
const rowsPerStep = 60

/**
 * The compare view: the open text and another edition side by side, article by article, with the summary
 * line, filters, and the comparative table's export. A law of a thousand articles opens as fast as one of
 * sixty: rows are rendered a step at a time as the reader scrolls (or jumps) towards them, and rendered rows
 * off screen are not laid out (content-visibility).
 */
export const CompareView = forwardRef<CompareViewHandle, { comparison: Comparison; onClose: () => void }>(function CompareView({ comparison, onClose }, ref) {
  const { alignment } = comparison
  const [filters, setFilters] = useState<ReadonlySet<PairFilter>>(new Set(pairFilters))
  const [showUnchanged, setShowUnchanged] = useState(false)
  const [revealed, setRevealed] = useState<string | null>(null)
  const [language, setLanguage] = useState<PublicationLanguage>(localeFor(comparison.oldLanguage))
  const list = useRef<HTMLDivElement>(null)
  const end = useRef<HTMLDivElement>(null)
  const [limit, setLimit] = useState(rowsPerStep)
  const table = useTableExport()
  const summary = useMemo(() => alignmentSummary(alignmentCounts(alignment)), [alignment])
  const shown = useMemo(
    () => alignment.articles.filter((pair) => pairMatches(pair, filters) || (showUnchanged && pair.status === 'unchanged' && !pair.renumbered && !pair.moved) || (revealed !== null && pair.from?.eId === revealed)),
    [alignment, filters, showUnchanged, revealed]
  )

  useEffect(() => {
    const sentinel = end.current
    if (!sentinel) return
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && setLimit((current) => current + rowsPerStep), { root: list.current, rootMargin: '800px' })
    observer.observe(sentinel)
    return () => observer.disconnect()
  }, [shown, limit])

  useImperativeHandle(ref, () => ({
    goTo(eId) {
      const at = alignment.articles.findIndex((pair) => pair.from?.eId === eId)
      if (at < 0) return false
      setRevealed(eId)
      // Its place among the rows shown is at most its place in the alignment: render that far.
      setLimit((current) => Math.max(current, at + 1))
      // After the row is rendered (it may have been filtered out).
      requestAnimationFrame(() => list.current?.querySelector(`[data-from="${CSS.escape(eId)}"]`)?.scrollIntoView({ block: 'start' }))
      return true
    }
  }))

  const toggle = (filter: PairFilter) => {
    const next = new Set(filters)
    if (next.has(filter)) next.delete(filter)
    else next.add(filter)
    setFilters(next)
  }
  const exportFilters = pairFilters.filter((filter) => filters.has(filter))

  return (
    <section className="compare-view" aria-label={t('compareTitle', { old: comparison.oldName, new: comparison.other.fileName })}>
      <header className="compare-header">
        <div className="compare-heading">
          <h2>{t('compareTitle', { old: comparison.oldName, new: comparison.other.fileName })}</h2>
          <button type="button" onClick={onClose}>
            {t('compareClose')}
          </button>
        </div>
        <p className="compare-summary" data-testid="compare-summary">
          {summary}
        </p>
        <fieldset className="compare-filters">
          <legend>{t('compareFilters')}</legend>
          {pairFilters.map((filter) => (
            <label key={filter}>
              <input type="checkbox" checked={filters.has(filter)} onChange={() => toggle(filter)} /> {t(filterLabels[filter])}
            </label>
          ))}
          <label>
            <input type="checkbox" checked={showUnchanged} onChange={() => setShowUnchanged(!showUnchanged)} /> {t(filterLabels.unchanged)}
          </label>
        </fieldset>
        <div className="compare-export">
          <SelectField label="compareTableLanguage" value={language} choices={publicationLanguages} labels={languageLabels} onChange={setLanguage} />
          <button type="button" disabled={table.busy || exportFilters.length === 0} onClick={() => void table.write('pdf', language, exportFilters)}>
            {t('compareExportPdf')}
          </button>
          <button type="button" disabled={table.busy || exportFilters.length === 0} onClick={() => void table.write('docx', language, exportFilters)}>
            {t('compareExportDocx')}
          </button>
          {table.busy && <span role="status">{t('compareExporting')}</span>}
        </div>
      </header>
      {table.notice && <NoticeBanner text={table.notice} onDismiss={table.closeNotice} />}
      <div className="compare-rows" ref={list}>
        {shown.length === 0 ? <p className="muted">{t('compareNothingShown')}</p> : shown.slice(0, limit).map((pair, index) => <CompareRow key={`${pair.from?.eId ?? ''}>${pair.to?.eId ?? ''}:${index}`} pair={pair} />)}
        {limit < shown.length && <div ref={end} className="compare-more" aria-hidden="true" />}
      </div>
    </section>
  )
})
