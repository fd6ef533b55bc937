import { memo } from 'react'
import type { CommandId } from '../../../shared/commands'
import { t } from '../i18n'

interface Props {
  title: string
  editing: boolean
  hasProject: boolean
  hasDocument: boolean
  onCommand: (command: CommandId) => void
}

export const Toolbar = memo(function Toolbar({ title, editing, hasProject, hasDocument, onCommand }: Props) {
  const button = (command: CommandId, label: string, enabled = true, extra = '') => (
    <button type="button" className={extra} disabled={!enabled} onClick={() => onCommand(command)} data-command={command}>
      {label}
    </button>
  )
  return (
    <header className="toolbar">
      <span className="app-title" data-testid="project-title">
        {title}
      </span>
      <div className="toolbar-group">
        {button('newProject', t('commandNewProject'))}
        {button('openProject', t('commandOpenProject'))}
        {button('save', t('commandSave'), hasProject)}
        {button('saveAs', t('commandSaveAs'), hasProject)}
        {button('closeProject', t('commandClose'), hasProject)}
      </div>
      <div className="toolbar-group">
        {button('importText', t('commandImportText'))}
        {button('goToArticle', t('commandGoToArticle'), hasDocument)}
        <button type="button" aria-pressed={editing} disabled={!hasDocument} onClick={() => onCommand('toggleEdit')} data-command="toggleEdit" className={editing ? 'active' : ''}>
          {editing ? t('toolbarEditing') : t('commandToggleEdit')}
        </button>
      </div>
    </header>
  )
})
