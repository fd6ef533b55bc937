import { useMemo } from 'react'
import { parallelView } from '../../../shared/editions/parallel'
import type { ProjectFile } from '../../../shared/project/schema'
import { Modal } from '../components/Modal'
import { t } from '../i18n'
import './parallel.css'

interface Props {
  project: ProjectFile
  onClose: () => void
}

/**
 * The article of the edition read beside its counterparts in up to two other editions (kk, ru, en): one row
 * per article in one scroller, so the languages scroll together; a note on one cell shows as a marker
 * beside its counterparts.
 */
export function ParallelView({ project, onClose }: Props) {
  const view = useMemo(() => (project.document ? parallelView(project.document, project.editions, project.annotations) : null), [project])
  return (
    <Modal title={t('parallelTitle')} onClose={onClose}>
      <div className="parallel-view">
        {!view || view.columns.length < 2 ? (
          <p>{t('parallelNoEditions')}</p>
        ) : (
          <div className="parallel-scroller" role="table" aria-label={t('parallelTitle')} style={{ gridTemplateColumns: `repeat(${view.columns.length}, minmax(0, 1fr))` }}>
            <div role="row" className="parallel-row parallel-head">
              {view.columns.map((column) => (
                <div role="columnheader" key={column.id} lang={column.language}>
                  {column.label} <span className="muted">({column.language})</span>
                </div>
              ))}
            </div>
            {view.rows.map((row) => (
              <div role="row" className="parallel-row" key={row.cells[0]!.eId} data-eid={row.cells[0]!.eId}>
                {row.cells.map((cell, index) => (
                  <div role="cell" key={view.columns[index]!.id} className="parallel-cell" lang={view.columns[index]!.language}>
                    {cell ? (
                      <>
                        <strong>{cell.label}</strong>
                        {cell.notes.length > 0 && <span className="parallel-notes">{t('parallelNotes', { count: cell.notes.length })}</span>}
                        {row.markers[index]! > 0 && <span className="parallel-marker">◆ {t('parallelMarker', { count: row.markers[index]! })}</span>}
                        <p>{cell.text}</p>
                      </>
                    ) : (
                      <em className="muted">{t('parallelMissing')}</em>
                    )}
                  </div>
                ))}
              </div>
            ))}
          </div>
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
