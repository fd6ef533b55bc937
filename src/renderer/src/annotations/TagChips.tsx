import { useMemo, useState } from 'react'
import type { Tag } from '../../../shared/annotations/types'
import type { GlossaError } from '../../../shared/errors'
import { tagPaths } from '../../../shared/tags/taxonomy'
import { t } from '../i18n'
import '../tags/tags.css'

interface Props {
  assigned: string[]
  tags: Tag[]
  onChange: (tagIds: string[]) => void
  /**
   * Puts the tag the user typed on the annotation: a bare name, or a path ("Values > Secularism") whose
   * missing levels are made, in one undo step. Returns why not, or null.
   */
  onAdd: (typed: string) => GlossaError | null
  autoFocus?: boolean
}

/** The tags on an annotation as removable chips that show their path, with a field that takes a name or a path. */
export function TagChips({ assigned, tags, onChange, onAdd, autoFocus }: Props) {
  const [typed, setTyped] = useState('')
  const [problem, setProblem] = useState<GlossaError | null>(null)
  const byId = useMemo(() => new Map(tags.map((tag) => [tag.id, tag])), [tags])
  const paths = useMemo(() => tagPaths(tags), [tags])
  const unassigned = tags.filter((tag) => !assigned.includes(tag.id))
  const add = () => {
    if (!typed.trim()) return
    const refused = onAdd(typed)
    setProblem(refused)
    if (!refused) setTyped('')
  }
  return (
    <div className="tag-chips">
      <ul aria-label={t('annotationTags')}>
        {assigned.map((id) => {
          const tag = byId.get(id)
          const path = paths.get(id)
          const parent = tag && path && path.length > tag.name.length ? path.slice(0, path.length - tag.name.length) : ''
          return (
            <li key={id} className="tag-chip" style={{ borderColor: tag?.color }} title={path}>
              <span className="tag-dot" style={{ background: tag?.color }} />
              {parent && <span className="tag-chip-parent">{parent}</span>}
              {tag?.name ?? t('tagUnknown')}
              <button type="button" aria-label={t('tagRemove', { name: path ?? id })} onClick={() => onChange(assigned.filter((other) => other !== id))}>
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
          add()
        }}
      >
        <input autoFocus={autoFocus} list="annotation-tag-names" aria-label={t('tagAddLabel')} placeholder={t('tagAddPlaceholder')} value={typed} onChange={(event) => setTyped(event.target.value)} />
        <datalist id="annotation-tag-names">
          {unassigned.map((tag) => (
            <option key={tag.id} value={paths.get(tag.id)} />
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
