import { memo } from 'react'
import { articleChange } from '../../../shared/editions/summary'
import type { ArticlePair } from '../../../shared/editions/types'
import { segmentSides, type MarkedParagraph } from '../../../shared/export/comparative-table/sides'
import { t } from '../i18n'

function Paragraph({ paragraph }: { paragraph: MarkedParagraph }) {
  return (
    <p>
      {paragraph.label && <span className="compare-label">{paragraph.label} </span>}
      {paragraph.runs.map((run, index) => (run.mark === 'removed' ? <del key={index}>{run.text}</del> : run.mark === 'added' ? <ins key={index}>{run.text}</ins> : <span key={index}>{run.text}</span>))}
    </p>
  )
}

function Side({ label, paragraphs, missing }: { label: string; paragraphs: MarkedParagraph[]; missing: string }) {
  if (paragraphs.length === 0) return <div className="compare-side missing">{missing}</div>
  return (
    <div className="compare-side">
      <h3>{label}</h3>
      {paragraphs.map((paragraph) => (
        <Paragraph key={paragraph.key} paragraph={paragraph} />
      ))}
    </div>
  )
}

/** One article in both editions, side by side: removed words struck on the old side, added ones marked on the new. */
export const CompareRow = memo(function CompareRow({ pair }: { pair: ArticlePair }) {
  const sides = pair.segments.map(segmentSides)
  const change = articleChange(pair)
  return (
    <article className={`compare-row status-${pair.status}`} data-from={pair.from?.eId} data-to={pair.to?.eId} data-status={pair.status}>
      {change && <p className="compare-change">{change}</p>}
      <div className="compare-sides">
        <Side label={pair.from?.label ?? ''} paragraphs={pair.from ? sides.flatMap((side) => side.old ?? []) : []} missing={t('comparativeTableAbsent')} />
        <Side label={pair.to?.label ?? ''} paragraphs={pair.to ? sides.flatMap((side) => side.new ?? []) : []} missing={t('comparativeTableDeleted')} />
      </div>
    </article>
  )
})
