import { useState } from 'react'
import type { MergeReply } from '../../../shared/ipc'
import type { MessageKey } from '../../../shared/i18n/messages.en'
import { resolveConflicts, type Conflict, type Resolution } from '../../../shared/merge'
import { bookkeepingFields } from '../../../shared/merge/conflicts'
import type { EntryKind } from '../../../shared/merge/entries'
import type { ProjectFile } from '../../../shared/project/schema'
import { Modal } from '../components/Modal'
import { t } from '../i18n'
import { describeValue, itemLabel } from './describe'

const kindLabels: Record<EntryKind, MessageKey> = { annotation: 'mergeKindAnnotation', reply: 'mergeKindReply', tag: 'mergeKindTag', source: 'mergeKindSource' }

interface Props {
  merge: MergeReply
  onApply: (project: ProjectFile) => void
  onClose: () => void
}

/** The fields worth showing: what both sides wrote, without bookkeeping such as modification times. */
const shownFields = (conflict: Conflict) => conflict.fields.filter((field) => !bookkeepingFields.has(field))

/** The version of one side, showing the fields both sides wrote (or that it was deleted). */
function Side({ title, conflict, side }: { title: string; conflict: Conflict; side: 'mine' | 'theirs' }) {
  const item = conflict[side]
  const fields = shownFields(conflict)
  return (
    <div className={`merge-side merge-${side}`} data-testid={`merge-${side}`}>
      <h4>{title}</h4>
      {item === null ? (
        <p className="merge-deleted">{t('mergeConflictDeleted')}</p>
      ) : (
        (fields.length > 0 ? fields : ['body']).map((field) => (
          <p key={field}>
            <span className="merge-field">{field}</span> {describeValue(item[field])}
          </p>
        ))
      )}
    </div>
  )
}

/**
 * "Merge from file…": what the colleague's file adds, changes and removes, and each item both sides edited,
 * side by side, with mine / theirs / both. Nothing happens to the project until Apply.
 */
export function MergeDialog({ merge, onApply, onClose }: Props) {
  const [answers, setAnswers] = useState<Record<string, Resolution>>({})
  const { summary, conflicts } = merge
  const nothing = conflicts.length === 0 && summary.added.length + summary.changed.length + summary.removed.length === 0
  const apply = () => onApply(resolveConflicts(merge.project, conflicts, answers, () => crypto.randomUUID()))
  const lines = (key: MessageKey, entries: typeof summary.added, testId: string) =>
    entries.length > 0 && (
      <details data-testid={testId}>
        <summary>{t(key, { count: entries.length })}</summary>
        <ul>
          {entries.map((entry) => (
            <li key={`${entry.kind}:${entry.id}`}>
              {t(kindLabels[entry.kind])}: {itemLabel(entry.item)}
            </li>
          ))}
        </ul>
      </details>
    )
  return (
    <Modal title={t('mergeTitle', { file: merge.fileName })} onClose={onClose}>
      <div className="merge-dialog">
        <p>{nothing ? t('mergeNothing') : t('mergeIntro')}</p>
        {merge.reanchored && <p data-testid="merge-reanchored">{t('mergeReanchored', merge.reanchored)}</p>}
        <div className="merge-summary" data-testid="merge-summary">
          {lines('mergeAdded', summary.added, 'merge-added')}
          {lines('mergeChanged', summary.changed, 'merge-changed')}
          {lines('mergeRemoved', summary.removed, 'merge-removed')}
        </div>
        {conflicts.length > 0 && <h3>{t('mergeConflictsTitle', { count: conflicts.length })}</h3>}
        {conflicts.map((conflict) => {
          const chosen = answers[conflict.key] ?? 'both'
          const choose = (answer: Resolution) => setAnswers((current) => ({ ...current, [conflict.key]: answer }))
          return (
            <section key={conflict.key} className="merge-conflict" data-testid="merge-conflict" aria-label={itemLabel((conflict.mine ?? conflict.theirs)!)}>
              <h4>
                {t(kindLabels[conflict.kind])}: {itemLabel((conflict.mine ?? conflict.theirs)!)}
              </h4>
              {conflict.fields.length > 0 && <p className="merge-fields">{t('mergeFields', { fields: shownFields(conflict).join(', ') })}</p>}
              <div className="merge-sides">
                <Side title={t('mergeMine')} conflict={conflict} side="mine" />
                <Side title={t('mergeTheirs')} conflict={conflict} side="theirs" />
              </div>
              <div className="merge-choices" role="radiogroup">
                {(['mine', 'theirs', 'both'] as const).map((answer) => (
                  <label key={answer}>
                    <input type="radio" name={conflict.key} checked={chosen === answer} onChange={() => choose(answer)} />
                    {t(answer === 'mine' ? 'mergeKeepMine' : answer === 'theirs' ? 'mergeKeepTheirs' : 'mergeKeepBoth')}
                  </label>
                ))}
              </div>
            </section>
          )
        })}
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="button" className="primary" onClick={apply} autoFocus>
            {t('mergeApply')}
          </button>
        </div>
      </div>
    </Modal>
  )
}
