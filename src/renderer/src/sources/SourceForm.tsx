import { useState } from 'react'
import type { GlossaError } from '../../../shared/errors'
import { draftFromItem, itemFromDraft, type SourceDraft } from '../../../shared/sources/form'
import { suggestSourceId, uniqueSourceId } from '../../../shared/sources/library'
import { editableSourceTypes } from '../../../shared/sources/schema'
import type { CslItem, CslType } from '../../../shared/sources/types'
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

/** The fields in form order, with the types they matter for (all types when absent). */
const fields: { key: TextField; label: Parameters<typeof t>[0]; types?: string[] }[] = [
  { key: 'title', label: 'sourceFieldTitle' },
  { key: 'container', label: 'sourceFieldContainer', types: ['article-journal', 'article-newspaper', 'chapter', 'webpage', 'legal_case'] },
  { key: 'volume', label: 'sourceFieldVolume', types: ['article-journal', 'legal_case', 'book', 'treaty'] },
  { key: 'issue', label: 'sourceFieldIssue', types: ['article-journal'] },
  { key: 'page', label: 'sourceFieldPage', types: ['article-journal', 'chapter', 'legal_case'] },
  { key: 'publisher', label: 'sourceFieldPublisher' },
  { key: 'place', label: 'sourceFieldPlace' },
  { key: 'issued', label: 'sourceFieldIssued' },
  { key: 'url', label: 'sourceFieldUrl' },
  { key: 'accessed', label: 'sourceFieldAccessed' },
  { key: 'language', label: 'sourceFieldLanguage' }
]

/** Adding a source by hand, or editing one: the CSL-JSON fields a legal scholar fills in. */
export function SourceForm({ source, found, library, onSave, onClose }: Props) {
  const isNew = !source || Boolean(found)
  const [draft, setDraft] = useState<SourceDraft>(() => draftFromItem(source))
  const [error, setError] = useState<GlossaError | null>(null)
  const set = (key: keyof SourceDraft, value: string) => setDraft((current) => ({ ...current, [key]: value }))

  const submit = () => {
    const built = itemFromDraft(draft, source, source?.id ?? '')
    if (!built.ok) return setError(built.error)
    // A new source gets a readable id from its first author and year, unique in the library.
    const id = isNew ? uniqueSourceId(suggestSourceId(built.value), new Set(library.map((item) => item.id))) : source!.id
    onSave({ ...built.value, id })
  }

  const types: readonly string[] = editableSourceTypes.includes(draft.type as CslType) ? editableSourceTypes : [draft.type, ...editableSourceTypes]
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
            <label key={field.key}>
              {t(field.label)}
              <Origin found={found} field={field.key} />
              <input value={draft[field.key]} onChange={(event) => set(field.key, event.target.value)} autoFocus={field.key === 'title'} />
            </label>
          ))}
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
