import type { GlossaError } from '../../../shared/errors'
import { t } from '../i18n'

interface Props {
  error: GlossaError
  onMerge: () => void
  /** Opens the backup main offered with the refusal, by the id it handed out. */
  onOpenBackup: (backupId: string) => void
}

/**
 * The way out of a file problem, under its message: merge a file someone else changed on disk, or open
 * the backup kept beside a damaged file.
 */
export function ErrorActions({ error, onMerge, onOpenBackup }: Props) {
  const backupId = typeof error.params?.backupId === 'string' ? error.params.backupId : null
  const action = (label: string, run: () => void) => (
    <div className="error-actions">
      <button type="button" className="primary" onClick={run}>
        {label}
      </button>
    </div>
  )
  if (error.code === 'errorFileChangedOnDisk' || error.code === 'errorSavedAsConflictCopy') return action(t('changedOnDiskMerge'), onMerge)
  if (backupId) return action(t('backupOffer'), () => onOpenBackup(backupId))
  return null
}
