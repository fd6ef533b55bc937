import { useState, type HTMLAttributes } from 'react'
import type { Annotation, Tag } from '../../../shared/annotations/types'
import type { GlossaError } from '../../../shared/errors'
import type { ProjectFile } from '../../../shared/project/schema'
import { mergeTags } from '../../../shared/tags/merge'
import { addTag, moveTag, tagAndDescendants, tagPath, tagTree, updateTag, type TagChanges } from '../../../shared/tags/taxonomy'
import { importCodebook } from '../../../shared/tags/codebook'
import type { CodebookRead } from '../../../shared/ipc'
import { CodebookButtons } from './CodebookButtons'
import { useTagDrag } from './useTagDrag'
import './tags.css'
import { Modal } from '../components/Modal'
import { t } from '../i18n'

interface Props {
  project: ProjectFile
  updateProject: (change: (project: ProjectFile) => ProjectFile) => void
  onClose: () => void
}

/** One tag's row: colour, name (renamed in place), parent, description, usage and merge. */
function TagRow({ tag, depth, tags, usage, onChange, onMerge, drag }: {
  tag: Tag
  depth: number
  tags: readonly Tag[]
  usage: number
  onChange: (changes: TagChanges) => GlossaError | null
  onMerge: (intoId: string) => void
  /** Props that make the row draggable and a drop target (drop a tag on a row: it moves under it). */
  drag: HTMLAttributes<HTMLLIElement>
}) {
  const [name, setName] = useState<string | null>(null)
  const [mergeInto, setMergeInto] = useState('')
  const [error, setError] = useState<GlossaError | null>(null)
  const change = (changes: TagChanges) => setError(onChange(changes))
  const blocked = tagAndDescendants(tags, tag.id)
  const others = tags.filter((other) => other.id !== tag.id)
  const parent = tag.parentId ? tags.find((other) => other.id === tag.parentId) : undefined
  return (
    <li className="tag-row" data-tag-id={tag.id} style={{ paddingLeft: `${depth * 18}px` }} {...drag}>
      <div className="tag-row-main">
        <span className="tag-drag-handle" aria-hidden="true">
          ⠿
        </span>
        <input type="color" aria-label={t('tagFieldColor')} value={tag.color} onChange={(event) => change({ color: event.target.value })} />
        {parent &&
          (parent.color === tag.color ? (
            <span className="muted tag-color-note">{t('tagColorInherited')}</span>
          ) : (
            <button type="button" className="tag-color-note" onClick={() => change({ color: parent.color })}>
              {t('tagColorInherit')}
            </button>
          ))}
        {name === null ? (
          <>
            <span className="tag-name">{tag.name}</span>
            <span className="muted">{t('tagUsage', { count: usage })}</span>
            <button type="button" onClick={() => setName(tag.name)}>
              {t('tagRename')}
            </button>
          </>
        ) : (
          <form
            className="tag-rename"
            onSubmit={(event) => {
              event.preventDefault()
              const problem = onChange({ name })
              setError(problem)
              if (!problem) setName(null)
            }}
          >
            <input aria-label={t('tagFieldName')} autoFocus value={name} onChange={(event) => setName(event.target.value)} />
            <button type="submit">{t('tagSave')}</button>
            <button type="button" onClick={() => setName(null)}>
              {t('cancel')}
            </button>
          </form>
        )}
      </div>
      <div className="tag-row-more">
        <label>
          {t('tagFieldParent')}
          <select value={tag.parentId ?? ''} onChange={(event) => change({ parentId: event.target.value || null })}>
            <option value="">{t('tagNoParent')}</option>
            {tags
              .filter((other) => !blocked.has(other.id))
              .map((other) => (
                <option key={other.id} value={other.id}>
                  {tagPath(tags, other.id)}
                </option>
              ))}
          </select>
        </label>
        <label>
          {t('tagFieldDescription')}
          <input defaultValue={tag.description} onBlur={(event) => event.target.value !== tag.description && change({ description: event.target.value })} />
        </label>
        <label>
          {t('tagMergeInto')}
          <select value={mergeInto} onChange={(event) => setMergeInto(event.target.value)}>
            <option value="" />
            {others.map((other) => (
              <option key={other.id} value={other.id}>
                {tagPath(tags, other.id)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" disabled={!mergeInto} onClick={() => onMerge(mergeInto)}>
          {t('tagMerge')}
        </button>
      </div>
      {error && (
        <p role="alert" className="error-text">
          {t(error.code, error.params)}
        </p>
      )}
    </li>
  )
}

/**
 * The project's tag taxonomy: create tags (optionally under a parent), rename, recolour, describe, move,
 * and merge one tag into another. Renaming keeps the tag's id and merging rewrites every annotation that
 * carried the merged tag, so no assignment is ever lost.
 */
export function TagManager({ project, updateProject, onClose }: Props) {
  const tags = project.tags
  const annotations = project.annotations as Annotation[]
  const [name, setName] = useState('')
  const [parentId, setParentId] = useState('')
  const [error, setError] = useState<GlossaError | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  const usage = (id: string) => annotations.filter((annotation) => annotation.tags.includes(id)).length
  const setTags = (next: Tag[]) => updateProject((current) => ({ ...current, tags: next }))
  const move = (id: string, parentId: string | null) => {
    const moved = moveTag(tags, id, parentId)
    if (!moved.ok) return setError(moved.error)
    setTags(moved.value)
    setError(null)
  }
  const drag = useTagDrag(move)
  const takeCodebook = (read: CodebookRead) => {
    const imported = importCodebook(tags, read.entries, () => crypto.randomUUID())
    if (!imported.ok) return setError(imported.error)
    const { added, updated, unchanged, refused } = imported.value
    setTags(imported.value.tags)
    const leftOut = [...refused.map((one) => one.path), ...read.badColours]
    setError(null)
    setNotice(t('codebookImported', { fileName: read.fileName, added, changed: updated, unchanged }) + (leftOut.length > 0 ? ` ${t('codebookLeftOut', { list: leftOut.join('; ') })}` : ''))
  }

  return (
    <Modal title={t('tagsTitle')} onClose={onClose}>
      <div className="tag-manager">
        <form
          className="tag-add"
          onSubmit={(event) => {
            event.preventDefault()
            const added = addTag(tags, crypto.randomUUID(), { name, parentId: parentId || null })
            if (!added.ok) return setError(added.error)
            setTags(added.value)
            setName('')
            setError(null)
          }}
        >
          <label>
            {t('tagFieldName')}
            <input value={name} onChange={(event) => setName(event.target.value)} />
          </label>
          <label>
            {t('tagFieldParent')}
            <select value={parentId} onChange={(event) => setParentId(event.target.value)}>
              <option value="">{t('tagNoParent')}</option>
              {tagTree(tags).map(({ tag }) => (
                <option key={tag.id} value={tag.id}>
                  {tagPath(tags, tag.id)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">{t('tagsAdd')}</button>
        </form>
        <CodebookButtons tags={tags} onRead={takeCodebook} onNotice={setNotice} onError={setError} />
        {error && (
          <p role="alert" className="error-text">
            {t(error.code, error.params)}
          </p>
        )}
        {notice && (
          <p role="status" className="muted">
            {notice}
          </p>
        )}
        {tags.length === 0 ? (
          <p className="muted">{t('tagsEmpty')}</p>
        ) : (
          <ul className="tag-list">
            {tagTree(tags).map(({ tag, depth }) => (
              <TagRow
                key={tag.id}
                tag={tag}
                depth={depth}
                tags={tags}
                usage={usage(tag.id)}
                drag={drag.row(tag.id)}
                onChange={(changes) => {
                  const updated = updateTag(tags, tag.id, changes)
                  if (!updated.ok) return updated.error
                  setTags(updated.value)
                  return null
                }}
                onMerge={(intoId) => {
                  const merged = mergeTags(tags, annotations, tag.id, intoId)
                  if (!merged.ok) return setError(merged.error)
                  updateProject((current) => ({ ...current, tags: merged.value.tags, annotations: merged.value.annotations }))
                  setNotice(t('tagMerged', { from: tag.name, into: tagPath(merged.value.tags, intoId), count: merged.value.carrying }))
                }}
              />
            ))}
          </ul>
        )}
        {tags.length > 0 && (
          <p className="tag-drop-top muted" {...drag.topLevel}>
            {t('tagDropTopLevel')}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" className="primary" onClick={onClose}>
            {t('close')}
          </button>
        </div>
      </div>
    </Modal>
  )
}
