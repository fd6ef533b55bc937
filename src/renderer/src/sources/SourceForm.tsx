import { useState } from 'react'
import type { GlossaError } from '../../../shared/errors'
import { draftFromItem, itemFromDraft, type SourceDraft } from '../../../shared/sources/form'
import { suggestSourceId, uniqueSourceId } from '../../../shared/sources/library'
import { editableSourceTypes } from '../../../shared/sources/schema'
import type { CslItem, CslType } from '../../../shared/sources/types'
import { Modal } from '../components/Modal'
import { t } from '../i18n'
import { sourceTypeLabels } from './source-labels'
import { FormButtons } from '../components/FormButtons'

interface Props {
  /** The source being edited, or null for a new one. */
  source: CslItem | null
  library: readonly CslItem[]
  onSave: (source: CslItem) => void
  onClose: () => void
}

type TextField = Exclude<keyof SourceDraft, 'type' | 'authors'>

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
export function SourceForm({ source, library, onSave, onClose }: Props) {
  const [draft, setDraft] = useState<SourceDraft>(() => draftFromItem(source))
  const [error, setError] = useState<GlossaError | null>(null)
  const set = (key: keyof SourceDraft, value: string) => setDraft((current) => ({ ...current, [key]: value }))

  const submit = () => {
    const built = itemFromDraft(draft, source, source?.id ?? '')
    if (!built.ok) return setError(built.error)
    // A new source gets a readable id from its first author and year, unique in the library.
    const id = source?.id ?? uniqueSourceId(suggestSourceId(built.value), new Set(library.map((item) => item.id)))
    onSave({ ...built.value, id })
  }

  const types: readonly string[] = editableSourceTypes.includes(draft.type as CslType) ? editableSourceTypes : [draft.type, ...editableSourceTypes]
  return (
    <Modal title={t(source ? 'sourceFormEdit' : 'sourceFormNew')} onClose={onClose}>
      <form
        className="source-form"
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
      >
        <label>
          {t('sourceFieldType')}
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
          <textarea rows={2} value={draft.authors} onChange={(event) => set('authors', event.target.value)} />
        </label>
        {fields
          .filter((field) => !field.types || field.types.includes(draft.type))
          .map((field) => (
            <label key={field.key}>
              {t(field.label)}
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
