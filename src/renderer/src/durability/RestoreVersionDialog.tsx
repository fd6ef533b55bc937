import { useEffect, useState } from 'react'
import type { PreviousVersion } from '../../../shared/ipc'
import { previousVersionsKept } from '../../../shared/project/versions'
import { invoke } from '../bridge'
import { Modal } from '../components/Modal'
import { locale, t } from '../i18n'

interface Props {
  /** Whether the project has a file (a project never saved has no versions). */
  saved: boolean
  onRestore: (versionId: string) => void
  onClose: () => void
}

/** "Restore a previous version": the versions main keeps beside the file, newest first, with date, author and note count. */
export function RestoreVersionDialog({ saved, onRestore, onClose }: Props) {
  const [versions, setVersions] = useState<PreviousVersion[] | null>(null)
  useEffect(() => {
    if (!saved) return
    void invoke('project:listVersions', {}).then((reply) => setVersions(reply.ok ? reply.value : []))
  }, [saved])
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' })
  const empty = !saved ? t('restoreVersionNotSaved') : versions?.length === 0 ? t('restoreVersionNone') : null
  return (
    <Modal title={t('restoreVersionTitle')} onClose={onClose}>
      <p>{t('restoreVersionIntro', { count: previousVersionsKept })}</p>
      {empty && <p data-testid="restore-version-empty">{empty}</p>}
      {versions && versions.length > 0 && (
        <ul className="restore-version-list" data-testid="restore-versions">
          {versions.map((version) => (
            <li key={version.id}>
              <span>
                <strong>{when.format(new Date(version.savedAt))}</strong> {t('restoreVersionItem', { author: version.author || t('restoreVersionUnknownAuthor'), count: version.noteCount })}
              </span>
              <button type="button" onClick={() => onRestore(version.id)}>
                {t('restoreVersionRestore')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={onClose} autoFocus>
          {t('cancel')}
        </button>
      </div>
    </Modal>
  )
}
