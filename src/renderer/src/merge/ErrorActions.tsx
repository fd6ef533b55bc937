import type { GlossaError } from '../../../shared/errors'
import { t } from '../i18n'

interface Props {
  error: GlossaError
  onMerge: (path: string) => void
  onOpenBackup: (path: string) => void
}

/**
 * The way out of a file problem, under its message: merge a file someone else changed on disk, or open
 * the backup kept beside a damaged file.
 */
export function ErrorActions({ error, onMerge, onOpenBackup }: Props) {
  const path = typeof error.params?.path === 'string' ? error.params.path : null
  const backup = typeof error.params?.backup === 'string' ? error.params.backup : null
  const action = (label: string, run: () => void) => (
    <div className="error-actions">
      <button type="button" className="primary" onClick={run}>
        {label}
      </button>
    </div>
  )
  if (error.code === 'errorFileChangedOnDisk' && path) return action(t('changedOnDiskMerge'), () => onMerge(path))
  if (backup && path) return action(t('backupOffer'), () => onOpenBackup(path))
  return null
}
