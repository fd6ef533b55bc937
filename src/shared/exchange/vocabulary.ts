/**
 * The names Glossa writes into Web Annotation files, shared by the writer and the reader so a round trip
 * reads back what was written.
 */

export const webAnnotationContext = 'http://www.w3.org/ns/anno.jsonld'
/** Akoma Ntoso's naming convention, which the eId in a FragmentSelector follows. */
export const akomaNtosoNaming = 'http://docs.oasis-open.org/legaldocml/akn-core/v1.0/os/part2-specs/akn-core-v1.0-os-part2-specs.html'
/** RFC 3778's PDF fragments (`page=12`), which a citation's page pinpoint follows. */
export const pdfFragments = 'http://tools.ietf.org/rfc/rfc3778'
/** A cited work of the project's library: `urn:glossa:source:` and its CSL id. */
export const glossaSourcePrefix = 'urn:glossa:source:'
/** Between the names of a nested tag's path ("Values > Secularism"). */
export const tagPathSeparator = ' > '

/** The project's text as an IRI, the `source` of every target. */
export const projectDocumentIri = (projectId: string) => `urn:glossa:project:${encodeURIComponent(projectId)}`
