import { useMemo } from 'react'
import { createCitationFormatter, type CitationFormatter } from '../../../shared/citations/format'
import { defaultCitationStyle } from '../../../shared/citations/styles'
import type { ProjectFile } from '../../../shared/project/schema'
import type { CitationStyleId, CslItem } from '../../../shared/sources/types'
import { cslFiles } from './csl-assets'

/** The project's citation style: the one the user picked, else the default (OSCOLA). */
export function citationStyleOf(project: Pick<ProjectFile, 'meta'> | null): CitationStyleId {
  return project?.meta.citationStyle ?? defaultCitationStyle
}

/** A formatter for the project's sources in its style, made again only when either changes. */
export function useCitationFormatter(sources: readonly CslItem[], style: CitationStyleId): CitationFormatter {
  return useMemo(() => createCitationFormatter({ ...cslFiles(style), items: sources }), [sources, style])
}
