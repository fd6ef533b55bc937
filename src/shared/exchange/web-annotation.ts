/**
 * Annotations to and from the W3C Web Annotation Data Model (JSON-LD), the exchange format of Hypothesis
 * and other annotation tools: the public surface of src/shared/exchange.
 * - write-annotations.ts: the project as an AnnotationCollection that meets the model's MUSTs;
 * - read-annotations.ts (with read-targets.ts, read-bodies.ts): a file from any tool, entry by entry;
 * - import-annotations.ts (with place.ts): those entries placed in a project, with a report.
 */

export { exportWebAnnotations } from './write-annotations'
export { maxImportedAnnotations, readWebAnnotations, type WebAnnotationsFile } from './read-annotations'
export { externalAuthorColor, importAnnotations, type AnnotationImport, type AnnotationImportReport, type ImportOptions } from './import-annotations'
export type { EntryNote, ExternalAnnotation } from './external'
export { akomaNtosoNaming, webAnnotationContext } from './vocabulary'
