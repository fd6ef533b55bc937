import { dirname } from 'node:path'
import { createCitationFormatter } from '../../shared/citations/format'
import { cslLocaleFor, defaultCitationStyle } from '../../shared/citations/styles'
import { buildExportModel, publicationLanguage, type ExportModel } from '../../shared/export/model'
import type { ExportOptions } from '../../shared/export/options'
import type { Identity } from '../../shared/identity/identity'
import type { ProjectFile } from '../../shared/project/schema'
import type { CslItem } from '../../shared/sources/types'
import { loadCslFiles } from '../sources/csl-files'
import { resourcesDir } from './print-assets'

/**
 * The publication model of a project, its citations formatted by citeproc in the project's CSL style.
 * `identity` is who is exporting: their notes carry the profile's real name.
 */
export async function publicationModel(project: ProjectFile, options: ExportOptions, now: Date, identity?: Pick<Identity, 'id' | 'name'>): Promise<ExportModel> {
  const style = options.citationStyle ?? project.meta.citationStyle ?? defaultCitationStyle
  const files = await loadCslFiles(style, dirname(resourcesDir()))
  // Terms ("ibid", "p.") and quotation marks follow the publication's language: «Там же» in Russian, «Сонда» in Kazakh.
  const lang = cslLocaleFor(style, publicationLanguage(project, options))
  const citations = createCitationFormatter({ ...files, items: project.sources as unknown as CslItem[], lang })
  return buildExportModel({ project, options, now, citations, identity })
}
