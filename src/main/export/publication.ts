import { dirname } from 'node:path'
import { createCitationFormatter } from '../../shared/citations/format'
import { defaultCitationStyle } from '../../shared/citations/styles'
import { buildExportModel, type ExportModel } from '../../shared/export/model'
import type { ExportOptions } from '../../shared/export/options'
import type { ProjectFile } from '../../shared/project/schema'
import type { CslItem } from '../../shared/sources/types'
import { loadCslFiles } from '../sources/csl-files'
import { resourcesDir } from './print-assets'

/** The publication model of a project, its citations formatted by citeproc in the project's CSL style. */
export async function publicationModel(project: ProjectFile, options: ExportOptions, now: Date): Promise<ExportModel> {
  const files = await loadCslFiles(project.meta.citationStyle ?? defaultCitationStyle, dirname(resourcesDir()))
  const citations = createCitationFormatter({ ...files, items: project.sources as unknown as CslItem[] })
  return buildExportModel({ project, options, now, citations })
}
