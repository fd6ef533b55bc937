import { basename } from 'node:path'
import { fail, ok } from '../../shared/errors'
import { translate, type Locale } from '../../shared/i18n/translate'
import { tagsSchema } from '../../shared/tags/schema'
import { readFailure, writeFailure } from '../file-errors'
import type { Handler } from '../handlers'
import type { Host } from '../host'
import { readCodebookFile, writeCodebookFile } from './codebook-files'

/** The codebook channels: export the taxonomy to a file the user chooses, read one the user chooses. */
export function createCodebookHandlers(host: Host, locale: Locale): { 'tags:exportCodebook': Handler<'tags:exportCodebook'>; 'tags:importCodebook': Handler<'tags:importCodebook'> } {
  return {
    'tags:exportCodebook': async (request) => {
      const tags = tagsSchema.safeParse(request.tags)
      if (!tags.success) return fail('errorBadRequest', { channel: 'tags:exportCodebook' }, tags.error.issues[0]?.message)
      const path = (await host.chooseCodebookSavePath?.(`${translate('codebookFileName', {}, locale)}.${request.format}`, request.format)) ?? null
      if (!path) return ok(null)
      try {
        await writeCodebookFile(path, tags.data, request.format)
        return ok({ fileName: basename(path) })
      } catch (error) {
        return writeFailure('errorExportFailed', error, path)
      }
    },
    'tags:importCodebook': async () => {
      const path = (await host.chooseCodebookToImport?.()) ?? null
      if (!path) return ok(null)
      try {
        return await readCodebookFile(path)
      } catch (error) {
        return readFailure(error, path)
      }
    }
  }
}
