import Ajv from 'ajv'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The W3C Web Annotation test suite's checks, for tests: its draft-04 JSON Schema definitions and the MUST
 * assertions `annotationMusts.test` lists (see ../shared/standards/README.md, which this follows), compiled
 * with ajv 6. Each check returns the failed assertions' messages, so a test can show what broke.
 */

type Json = Record<string, unknown>

/** Where the standards live beside the repository, as in CI (`../shared/standards`). */
export const standardsFolder = join(__dirname, '../../../../shared/standards/web-annotation')

const readJson = (path: string): Json => JSON.parse(readFileSync(path, 'utf8')) as Json

export interface WebAnnotationChecker {
  /** The MUST assertions one annotation fails (an annotation read from a collection gets its `@context`). */
  annotationFailures(annotation: unknown): string[]
  /** What a collection and its pages fail: their own type, id, total and items, then every annotation's MUSTs. */
  collectionFailures(collection: unknown): string[]
}

export function webAnnotationChecker(folder = standardsFolder): WebAnnotationChecker {
  const ajv = new Ajv({ schemaId: 'id', validateSchema: false, unknownFormats: 'ignore', logger: false })
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'))
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.json'))) {
    const schema = readJson(join(folder, name))
    ajv.addSchema(schema, schema['id'] as string)
  }
  const suite = readJson(join(folder, 'annotations/annotationMusts.test'))
  const musts = (suite['assertions'] as string[]).map((path) => {
    const assertion = readJson(join(folder, path))
    return { path, expected: assertion['expectedResult'] !== 'invalid', message: String(assertion['errorMessage'] ?? path), validate: ajv.compile(assertion) }
  })
  const definition = (ref: string, message: string) => {
    const validate = ajv.getSchema(ref)
    if (!validate) throw new Error(`no definition ${ref}`)
    return (value: unknown) => (validate(value) ? [] : [message])
  }
  const collectionType = definition('collections.json#/definitions/annotationCollectionTypeValueFound', 'collection: type is not AnnotationCollection')
  const pageType = definition('collections.json#/definitions/annotationPageTypeValueFound', 'page: type is not AnnotationPage')
  const hasId = (what: string) => definition('id.json#/definitions/idValueFound', `${what}: no id (a single IRI)`)
  const total = definition('collections.json#/definitions/totalFound', 'collection: no valid total')
  const first = definition('collections.json#/definitions/firstFound', 'collection: no valid first page')
  const items = definition('collections.json#/definitions/itemsFound', 'page: items are not annotations')

  const annotationFailures = (annotation: unknown) =>
    musts.filter((must) => must.validate(annotation) !== must.expected).map((must) => `${must.path}: ${must.message}`)

  return {
    annotationFailures,
    collectionFailures(collection) {
      const record = collection as Json
      const context = record['@context']
      const failures = [...collectionType(record), ...hasId('collection')(record), ...total(record), ...first(record)]
      if (context !== 'http://www.w3.org/ns/anno.jsonld') failures.push('collection: @context is not the Web Annotation context')
      const pages: Json[] = []
      for (let page = record['first'] as Json | undefined; page && typeof page === 'object'; page = page['next'] as Json | undefined) pages.push(page)
      pages.forEach((page, index) => {
        failures.push(...[...pageType(page), ...hasId('page')(page), ...items(page)].map((failure) => `${failure} (page ${index + 1})`))
        for (const item of (page['items'] as unknown[]) ?? []) {
          const annotation: Json = { '@context': context, ...(item as Json) }
          failures.push(...annotationFailures(annotation).map((failure) => `${String(annotation['id'])}: ${failure}`))
        }
      })
      return failures
    }
  }
}
