import { app, BrowserWindow, dialog, nativeTheme, shell, webContents } from 'electron'
import { electronPrinter } from './export/electron-printer'
import { translate, type Locale, type MessageKey } from '../shared/i18n/translate'
import { importExtensions } from '../shared/import/import-file'
import { projectExtension } from '../shared/project/schema'
import { sourceFileExtensions } from '../shared/sources/import'
import { archivableExtensions } from '../shared/sources/web/read-file'
import type { Host } from './host'
import { showMenu } from './menu'

/** The desktop side of `Host`: native file dialogs (their filters named in `locale`) and the OS browser. */
export function electronHost(locale: Locale): Host {
  const say = (key: MessageKey) => translate(key, {}, locale)
  const parent = () => BrowserWindow.getFocusedWindow() ?? undefined
  const projectFilter = { name: say('appName'), extensions: [projectExtension] }

  const pickFile = async (filters: Electron.FileFilter[]) => {
    const window = parent()
    const options: Electron.OpenDialogOptions = { properties: ['openFile'], filters }
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
    return result.canceled ? null : (result.filePaths[0] ?? null)
  }

  const pickSavePath = async (defaultPath: string, filters: Electron.FileFilter[]) => {
    const window = parent()
    const options: Electron.SaveDialogOptions = { defaultPath, filters }
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
    return result.canceled ? null : (result.filePath ?? null)
  }

  return {
    chooseProjectToOpen: () => pickFile([projectFilter]),
    chooseProjectToMerge: () => pickFile([projectFilter]),
    chooseWebAnnotationsToImport: () => pickFile([{ name: say('webAnnotationsFileFilter'), extensions: ['jsonld', 'json'] }]),
    chooseWebAnnotationsSavePath: (suggestedName) => pickSavePath(suggestedName, [{ name: say('webAnnotationsFileFilter'), extensions: ['jsonld'] }]),
    chooseAknSavePath: (suggestedName) => pickSavePath(suggestedName, [{ name: say('aknFileFilter'), extensions: ['xml', 'akn'] }]),
    chooseSourcesToImport: () => pickFile([{ name: say('sourcesFileFilter'), extensions: sourceFileExtensions }]),
    chooseSourceFile: () => pickFile([{ name: say('sourcesFromFileFilter'), extensions: archivableExtensions }]),
    chooseTextToImport: () => pickFile([{ name: say('importFileFilter'), extensions: importExtensions }]),
    chooseProjectSavePath: (suggestedName) => pickSavePath(suggestedName, [projectFilter]),
    openExternal: (url) => shell.openExternal(url),
    chooseExportPath: (suggestedName, kind) => pickSavePath(suggestedName, [{ name: say(kind === 'pdf' ? 'pdfFileFilter' : 'wordFileFilter'), extensions: [kind] }]),
    chooseCodebookSavePath: (suggestedName, format) => pickSavePath(suggestedName, [{ name: say('codebookFileFilter'), extensions: [format] }]),
    chooseCodebookToImport: () => pickFile([{ name: say('codebookFileFilter'), extensions: ['csv', 'qdc', 'qde', 'xml'] }]),
    printPdf: electronPrinter,
    addRecentDocument: (path) => app.addRecentDocument(path),
    showRecentProjects: (entries, clear) => showMenu(locale, { entries, clear }),
    setThemeSource: (theme) => (nativeTheme.themeSource = theme),
    notify: (windowId, event, payload) => webContents.fromId(windowId)?.send(event, payload)
  }
}
