import { useState } from 'react'
import type { ConflictCopy } from '../../../shared/ipc'
import { t } from '../i18n'

interface Props {
  copies: ConflictCopy[]
  /** Merges the copy into the open project (the merge dialog shows the outcome). */
  onMerge: (copyId: string) => void
}

/** Offers, on open, the conflict copies lying beside the project (a sync client's or a save's), one merge each. */
export function ConflictCopiesNotice({ copies, onMerge }: Props) {
  const [dismissed, setDismissed] = useState(false)
  if (dismissed || copies.length === 0) return null
  return (
    <div className="notice-banner conflict-copies" role="status" data-testid="conflict-copies">
      <p>{t('conflictCopiesFound', { count: copies.length })}</p>
      <div className="conflict-copy-actions">
        {copies.map((copy) => (
          <button key={copy.id} type="button" onClick={() => onMerge(copy.id)}>
            {t('conflictCopyMerge', { fileName: copy.fileName })}
          </button>
        ))}
        <button type="button" onClick={() => setDismissed(true)}>
          {t('dismiss')}
        </button>
      </div>
    </div>
  )
}
