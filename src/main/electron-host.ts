import { BrowserWindow, dialog, shell, webContents } from 'electron'
import { electronPrinter } from './export/electron-printer'
import { translate } from '../shared/i18n/translate'
import { importExtensions } from '../shared/import/import-file'
import { projectExtension } from '../shared/project/schema'
import { sourceFileExtensions } from '../shared/sources/import'
import type { Host } from './host'

/** The desktop side of `Host`: native file dialogs and the OS browser. */
export function electronHost(): Host {
  const parent = () => BrowserWindow.getFocusedWindow() ?? undefined
  const projectFilter = { name: translate('appName'), extensions: [projectExtension] }

  const pickFile = async (filters: Electron.FileFilter[]) => {
    const window = parent()
    const options: Electron.OpenDialogOptions = { properties: ['openFile'], filters }
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
    return result.canceled ? null : (result.filePaths[0] ?? null)
  }

  return {
    chooseProjectToOpen: () => pickFile([projectFilter]),
    chooseProjectToMerge: () => pickFile([projectFilter]),
    chooseWebAnnotationsToImport: () => pickFile([{ name: 'Web Annotations (JSON-LD)', extensions: ['jsonld', 'json'] }]),
    chooseWebAnnotationsSavePath: async (suggestedName) => {
      const window = parent()
      const options: Electron.SaveDialogOptions = { defaultPath: suggestedName, filters: [{ name: 'Web Annotations (JSON-LD)', extensions: ['jsonld'] }] }
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
      return result.canceled ? null : (result.filePath ?? null)
    },
    chooseSourcesToImport: () => pickFile([{ name: translate('sourcesFileFilter'), extensions: sourceFileExtensions }]),
    chooseTextToImport: () => pickFile([{ name: translate('importFileFilter'), extensions: importExtensions }]),
    chooseProjectSavePath: async (suggestedName) => {
      const window = parent()
      const options: Electron.SaveDialogOptions = { defaultPath: suggestedName, filters: [projectFilter] }
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
      return result.canceled ? null : (result.filePath ?? null)
    },
    openExternal: (url) => shell.openExternal(url),
    chooseExportPath: async (suggestedName, kind) => {
      const window = parent()
      const filters = [{ name: kind === 'pdf' ? 'PDF' : 'Word', extensions: [kind] }]
      const options: Electron.SaveDialogOptions = { defaultPath: suggestedName, filters }
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
      return result.canceled ? null : (result.filePath ?? null)
    },
    printPdf: electronPrinter,
    notify: (windowId, event, payload) => webContents.fromId(windowId)?.send(event, payload)
  }
}
