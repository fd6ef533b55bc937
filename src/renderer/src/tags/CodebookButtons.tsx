import type { Tag } from '../../../shared/annotations/types'
import type { GlossaError } from '../../../shared/errors'
import type { CodebookRead } from '../../../shared/ipc'
import { invoke } from '../bridge'
import { t } from '../i18n'

interface Props {
  tags: readonly Tag[]
  /** A codebook was read: put it into the taxonomy (one undo step). */
  onRead: (read: CodebookRead) => void
  onNotice: (notice: string) => void
  onError: (error: GlossaError) => void
}

/** Codebook export (CSV, REFI-QDA) and import: main shows the dialogs and reads or writes the file. */
export function CodebookButtons({ tags, onRead, onNotice, onError }: Props) {
  const exportAs = async (format: 'csv' | 'qdc') => {
    const reply = await invoke('tags:exportCodebook', { tags, format })
    if (!reply.ok) return onError(reply.error)
    if (reply.value) onNotice(t('codebookExported', { fileName: reply.value.fileName }))
  }
  const importFile = async () => {
    const reply = await invoke('tags:importCodebook', {})
    if (!reply.ok) return onError(reply.error)
    if (reply.value) onRead(reply.value)
  }
  return (
    <div className="codebook-buttons">
      <button type="button" disabled={tags.length === 0} onClick={() => void exportAs('csv')}>
        {t('codebookExportCsv')}
      </button>
      <button type="button" disabled={tags.length === 0} onClick={() => void exportAs('qdc')}>
        {t('codebookExportQdc')}
      </button>
      <button type="button" onClick={() => void importFile()}>
        {t('codebookImport')}
      </button>
    </div>
  )
}
