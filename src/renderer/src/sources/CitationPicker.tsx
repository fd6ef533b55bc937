import { useState } from 'react'
import type { Citation, LocatorLabel } from '../../../shared/annotations/types'
import { locatorLabels } from '../../../shared/citations/locators'
import type { CitationStyleId, CslItem } from '../../../shared/sources/types'
import { t } from '../i18n'
import { CslHtml } from './CslHtml'
import './library.css'
import { locatorLabelNames } from './source-labels'
import { useCitationFormatter } from './useCitationFormatter'

interface Props {
  sources: readonly CslItem[]
  style: CitationStyleId
  /** Called with the citation the user built; the picker then clears its pinpoint and quote. */
  onCite: (citation: Citation) => void
}

/**
 * Builds a citation for commentary: a source from the library, a pinpoint (article, clause, page…) and an
 * optional quote, with a live preview in the project's citation style.
 */
export function CitationPicker({ sources, style, onCite }: Props) {
  const formatter = useCitationFormatter(sources, style)
  const [sourceId, setSourceId] = useState(sources[0]?.id ?? '')
  const [label, setLabel] = useState<LocatorLabel>('article')
  const [value, setValue] = useState('')
  const [quote, setQuote] = useState('')

  if (sources.length === 0) return <p className="muted">{t('citationPickerNoSources')}</p>
  const chosen = sources.some((source) => source.id === sourceId) ? sourceId : sources[0]!.id
  const citation: Citation = {
    sourceId: chosen,
    ...(value.trim() ? { locator: { label, value: value.trim() } } : {}),
    ...(quote.trim() ? { quote: quote.trim() } : {})
  }

  return (
    <fieldset className="citation-picker">
      <legend>{t('citationPickerTitle')}</legend>
      <label>
        {t('citationPickerSource')}
        <select value={chosen} onChange={(event) => setSourceId(event.target.value)}>
          {sources.map((source) => (
            <option key={source.id} value={source.id}>
              {formatter.noteText([{ sourceId: source.id }]) || source.title || source.id}
            </option>
          ))}
        </select>
      </label>
      <div className="citation-pinpoint">
        <label>
          {t('citationPickerLocatorLabel')}
          <select value={label} onChange={(event) => setLabel(event.target.value as LocatorLabel)}>
            {locatorLabels.map((id) => (
              <option key={id} value={id}>
                {t(locatorLabelNames[id])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('citationPickerLocatorValue')}
          <input value={value} onChange={(event) => setValue(event.target.value)} size={8} />
        </label>
      </div>
      <label>
        {t('citationPickerQuote')}
        <textarea rows={2} value={quote} onChange={(event) => setQuote(event.target.value)} />
      </label>
      <p className="citation-preview">
        <span className="muted">{t('citationPickerPreview')}: </span>
        <CslHtml html={formatter.note([citation])} testId="citation-preview" />
      </p>
      <button
        type="button"
        onClick={() => {
          onCite(citation)
          setValue('')
          setQuote('')
        }}
      >
        {t('citationPickerCite')}
      </button>
    </fieldset>
  )
}
