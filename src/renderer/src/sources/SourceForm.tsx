import { useState } from 'react'
import { citationStyles } from '../../../shared/citations/styles'
import { isRequired, missingFields, requiredGroups, type SourceField } from '../../../shared/citations/required-fields'
import type { GlossaError } from '../../../shared/errors'
import type { MessageKey } from '../../../shared/i18n/messages.en'
import { draftFromItem, itemFromDraft, type SourceDraft } from '../../../shared/sources/form'
import { suggestSourceId, uniqueSourceId } from '../../../shared/sources/library'
import { editableSourceTypes } from '../../../shared/sources/schema'
import type { CitationStyleId, CslItem, CslType } from '../../../shared/sources/types'
import type { FieldOrigin, FoundFieldName, SourceFromFile } from '../../../shared/sources/web/types'
import { Modal } from '../components/Modal'
import { t } from '../i18n'
import { sourceTypeLabels } from './source-labels'
import { FormButtons } from '../components/FormButtons'

interface Props {
  /** The source being edited, or null for a new one; with `found`, the source read from a file, to confirm. */
  source: CslItem | null
  found?: Pick<SourceFromFile, 'fileName' | 'origins'>
  library: readonly CslItem[]
  /** The project's citation style: the fields it needs to cite a source are marked required. */
  style: CitationStyleId
  onSave: (source: CslItem) => void
  onClose: () => void
}

type TextField = Exclude<keyof SourceDraft, 'type' | 'authors'>

/** The CSL field each form field fills, for showing where a source read from a file got it. */
const cslFieldOf: Partial<Record<keyof SourceDraft, FoundFieldName | 'type'>> = {
  type: 'type',
  title: 'title',
  authors: 'author',
  container: 'container-title',
  issued: 'issued',
  url: 'URL',
  language: 'language'
}

const originLabels: Record<FieldOrigin, Parameters<typeof t>[0]> = {
  'json-ld': 'sourceOriginJsonLd',
  citation: 'sourceOriginCitation',
  'dublin-core': 'sourceOriginDublinCore',
  'open-graph': 'sourceOriginOpenGraph',
  html: 'sourceOriginHtml',
  text: 'sourceOriginText',
  file: 'sourceOriginFile'
}

/** Where a field of a source read from a file was found, beside its label. */
function Origin({ found, field }: { found: Props['found']; field: keyof SourceDraft }) {
  const origin = found && cslFieldOf[field] ? found.origins[cslFieldOf[field]] : undefined
  return origin ? <small className="field-origin" data-testid={`origin-${field}`}>{` (${t(originLabels[origin])})`}</small> : null
}

/**
 * The fields in form order: the types they matter for (all the others when absent) and, for some types,
 * their own label: a case's title is its name, its container its law report.
 */
const fields: { key: TextField; label: MessageKey; types?: string[]; labels?: Record<string, MessageKey> }[] = [
  { key: 'title', label: 'sourceFieldTitle', labels: { legal_case: 'sourceFieldCaseName' } },
  { key: 'authority', label: 'sourceFieldCourt', types: ['legal_case'] },
  { key: 'jurisdiction', label: 'sourceFieldJurisdiction', types: ['legislation'] },
  { key: 'number', label: 'sourceFieldActNumber', types: ['legal_case', 'legislation'], labels: { legal_case: 'sourceFieldCaseNumber' } },
  { key: 'issued', label: 'sourceFieldIssued', labels: { legal_case: 'sourceFieldJudgmentDate', legislation: 'sourceFieldActDate' } },
  { key: 'neutral', label: 'sourceFieldNeutral', types: ['legal_case'] },
  { key: 'container', label: 'sourceFieldContainer', types: ['article-journal', 'article-newspaper', 'chapter', 'webpage', 'legal_case'], labels: { legal_case: 'sourceFieldReporter' } },
  { key: 'volume', label: 'sourceFieldVolume', types: ['article-journal', 'legal_case', 'book', 'treaty'] },
  { key: 'issue', label: 'sourceFieldIssue', types: ['article-journal'] },
  { key: 'page', label: 'sourceFieldPage', types: ['article-journal', 'chapter', 'legal_case'] },
  { key: 'publisher', label: 'sourceFieldPublisher', types: ['book', 'chapter', 'report', 'webpage', 'article-newspaper', 'document', 'treaty', 'article-journal'] },
  { key: 'place', label: 'sourceFieldPlace', types: ['book', 'chapter', 'report', 'document', 'treaty'] },
  { key: 'url', label: 'sourceFieldUrl' },
  { key: 'accessed', label: 'sourceFieldAccessed' },
  { key: 'language', label: 'sourceFieldLanguage' }
]

/** A field's label for a source type. */
const labelOf = (key: SourceField, type: string): string => {
  if (key === 'authors') return t('sourceFieldAuthors')
  const field = fields.find((each) => each.key === key)!
  return t(field.labels?.[type] ?? field.label)
}

/** Adding a source by hand, or editing one: the CSL-JSON fields a legal scholar fills in, those the style needs marked. */
export function SourceForm({ source, found, library, style, onSave, onClose }: Props) {
  const isNew = !source || Boolean(found)
  const [draft, setDraft] = useState<SourceDraft>(() => draftFromItem(source))
  const [error, setError] = useState<GlossaError | null>(null)
  const set = (key: keyof SourceDraft, value: string) => setDraft((current) => ({ ...current, [key]: value }))
  const styleName = t(citationStyles[style].label)
  const listFields = (group: SourceField[]) => group.map((key) => labelOf(key, draft.type)).join(t('sourceFieldsOr'))

  const submit = () => {
    const missing = missingFields(style, draft)
    if (missing.length > 0) return setError({ code: 'errorSourceFieldsRequired', params: { style: styleName, fields: missing.map(listFields).join(', ') } })
    const built = itemFromDraft(draft, source, source?.id ?? '')
    if (!built.ok) return setError(built.error)
    // A new source gets a readable id from its first author and year, unique in the library.
    const id = isNew ? uniqueSourceId(suggestSourceId(built.value), new Set(library.map((item) => item.id))) : source!.id
    onSave({ ...built.value, id })
  }

  const types: readonly string[] = editableSourceTypes.includes(draft.type as CslType) ? editableSourceTypes : [draft.type, ...editableSourceTypes]
  const oneOf = requiredGroups(style, draft.type).filter((group) => group.length > 1)
  const marked = (key: SourceField) => isRequired(style, draft.type, key) && key !== 'title'
  return (
    <Modal title={t(isNew ? 'sourceFormNew' : 'sourceFormEdit')} onClose={onClose}>
      <form
        className="source-form"
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
      >
        {found && <p className="muted">{t('sourceFoundIntro', { fileName: found.fileName })}</p>}
        <label>
          {t('sourceFieldType')}
          <Origin found={found} field="type" />
          <select value={draft.type} onChange={(event) => set('type', event.target.value)}>
            {types.map((type) => (
              <option key={type} value={type}>
                {sourceTypeLabels[type] ? t(sourceTypeLabels[type]) : type}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('sourceFieldAuthors')}
          <Origin found={found} field="authors" />
          <textarea rows={2} value={draft.authors} onChange={(event) => set('authors', event.target.value)} />
        </label>
        {fields
          .filter((field) => !field.types || field.types.includes(draft.type))
          .map((field) => (
            <label key={field.key} data-field={field.key}>
              <span>
                {labelOf(field.key, draft.type)}
                {marked(field.key) && <span className="required-mark"> *</span>}
                <Origin found={found} field={field.key} />
              </span>
              <input
                value={draft[field.key]}
                aria-required={marked(field.key) && !oneOf.some((group) => group.includes(field.key))}
                onChange={(event) => set(field.key, event.target.value)}
                autoFocus={field.key === 'title'}
              />
            </label>
          ))}
        {requiredGroups(style, draft.type).some((group) => group.some((key) => key !== 'title')) && (
          <p className="muted source-required" data-testid="source-required">
            {t('sourceRequiredLegend', { style: styleName })}
            {oneOf.map((group) => ` ${t('sourceOneOfHint', { fields: listFields(group) })}`).join('')}
          </p>
        )}
        {error && (
          <p className="error-text" role="alert">
            {t(error.code, error.params)}
          </p>
        )}
        <FormButtons onCancel={onClose} submitLabel={t('sourceSave')} />
      </form>
    </Modal>
  )
}
