import { welcomeText } from '../i18n/welcome.en'
import { translate } from '../i18n/translate'
import { importPlainText } from '../import/plain-text'
import { createProject } from './create'
import type { ProjectFile } from './schema'

/** The project opened on first launch: a short text that explains how to import a legal text. */
export function createWelcomeProject(now?: Date): ProjectFile {
  const imported = importPlainText(welcomeText, { format: 'text', language: 'en' })
  if (!imported.ok) throw new RangeError('The welcome text must import')
  const title = translate('welcomeProjectTitle')
  return createProject({ title, now, document: { name: title, language: 'en', content: imported.doc } })
}
