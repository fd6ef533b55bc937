import { useState } from 'react'
import type { Tag } from '../../../shared/annotations/types'
import { ok, type GlossaError, type Result } from '../../../shared/errors'
import { t } from '../i18n'

interface Props {
  assigned: string[]
  tags: Tag[]
  onChange: (tagIds: string[]) => void
  /** Creates a top-level tag with this name in the project's taxonomy, or says why it cannot. */
  onCreate: (name: string) => Result<Tag>
  autoFocus?: boolean
}

/** The tags on an annotation as removable chips, with a picker for existing tags and a "new tag" field. */
export function TagChips({ assigned, tags, onChange, onCreate, autoFocus }: Props) {
  const [name, setName] = useState('')
  const [problem, setProblem] = useState<GlossaError | null>(null)
  const byId = new Map(tags.map((tag) => [tag.id, tag]))
  const unassigned = tags.filter((tag) => !assigned.includes(tag.id))
  const addByName = () => {
    const wanted = name.trim()
    if (!wanted) return
    const existing = tags.find((tag) => tag.name.toLocaleLowerCase() === wanted.toLocaleLowerCase())
    const found = existing ? ok(existing) : onCreate(wanted)
    if (!found.ok) return setProblem(found.error)
    const tag = found.value
    if (!assigned.includes(tag.id)) onChange([...assigned, tag.id])
    setProblem(null)
    setName('')
  }
  return (
    <div className="tag-chips">
      <ul aria-label={t('annotationTags')}>
        {assigned.map((id) => {
          const tag = byId.get(id)
          return (
            <li key={id} className="tag-chip" style={{ borderColor: tag?.color }}>
              <span className="tag-dot" style={{ background: tag?.color }} />
              {tag?.name ?? t('tagUnknown')}
              <button type="button" aria-label={t('tagRemove', { name: tag?.name ?? id })} onClick={() => onChange(assigned.filter((other) => other !== id))}>
                ×
              </button>
            </li>
          )
        })}
      </ul>
      <form
        className="tag-add"
        onSubmit={(event) => {
          event.preventDefault()
          addByName()
        }}
      >
        <input autoFocus={autoFocus} list="annotation-tag-names" aria-label={t('tagAddLabel')} placeholder={t('tagAddPlaceholder')} value={name} onChange={(event) => setName(event.target.value)} />
        <datalist id="annotation-tag-names">
          {unassigned.map((tag) => (
            <option key={tag.id} value={tag.name} />
          ))}
        </datalist>
        <button type="submit">{t('tagAdd')}</button>
      </form>
      {problem && (
        <p role="alert" className="warning-text">
          {t(problem.code, problem.params)}
        </p>
      )}
    </div>
  )
}
