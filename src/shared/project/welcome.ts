import type { Locale } from '../i18n/locale'
import { welcomeText as welcomeEn } from '../i18n/welcome.en'
import { welcomeText as welcomeKk } from '../i18n/welcome.kk'
import { welcomeText as welcomeRu } from '../i18n/welcome.ru'
import { translate } from '../i18n/translate'
import { importPlainText } from '../import/plain-text'
import { createProject } from './create'
import type { ProjectFile } from './schema'

const welcomeTexts: Record<Locale, string> = { en: welcomeEn, ru: welcomeRu, kk: welcomeKk }

/** The project opened on first launch, in the app's language: a short text that explains how to import a legal text. */
export function createWelcomeProject(now?: Date, locale: Locale = 'en'): ProjectFile {
  const imported = importPlainText(welcomeTexts[locale], { format: 'text', language: locale })
  if (!imported.ok) throw new RangeError('The welcome text must import')
  const title = translate('welcomeProjectTitle', {}, locale)
  return createProject({ title, now, document: { name: title, language: locale, content: imported.doc } })
}
