import { attribute, elements, findElement, localName, plainText, type XmlNode } from './xml'
import { frontElements, languageCodes, noteElements } from './vocabulary'

/**
 * What a document says about itself: its FRBR identification (country, type, number, date, language),
 * its title, its aliases. Read from `meta`, with the title page (`preface`, `header`, `coverPage`) as the
 * fallback that many tools fill instead. Kept on the document (`doc.attrs.akn`) so an export says it again.
 */
export interface AknMetadata {
  /** The document element: act, bill, judgment, doc... */
  type: string
  /** Its `name` attribute or FRBRsubtype: "act", "constitution", "regulation"... */
  subtype?: string
  /** ISO 3166-1 alpha-2 country (FRBRcountry), lower case as in AKN URIs. */
  country?: string
  number?: string
  /** ISO date of the work (FRBRWork's FRBRdate, else docDate): a day, or only a year or month where the file gives no more. */
  date?: string
  /** ISO 639-1 language of the text, when the file names one. */
  language?: string
  title?: string
  /** The number as the title page prints it ("Act No. 17 of 2024", "Schedule 1"). */
  printedNumber?: string
  /** FRBRalias names and values of the work (short titles, other numbers). */
  aliases?: { name: string; value: string }[]
  /** Work, expression and manifestation URIs the file gave (FRBRthis), as found. */
  uris?: { work?: string; expression?: string; manifestation?: string }
  /** Source id (eId, or xml:id when eId is missing) to the eId Glossa gave the unit, where they differ. */
  ids?: Record<string, string>
}

const value = (node: XmlNode | undefined, name = 'value') => (node ? attribute(node, name)?.trim() || undefined : undefined)

/** ISO 639-1 for a FRBRlanguage value: three-letter codes mapped, two-letter ones (or BCP 47 tags) as given. */
export function languageOf(code: string | undefined): string | undefined {
  if (!code) return undefined
  const lower = code.trim().toLowerCase()
  if (languageCodes[lower]) return languageCodes[lower]
  const primary = lower.split(/[-_]/)[0] ?? ''
  return /^[a-z]{2}$/.test(primary) ? primary : undefined
}

/** A date as AKN writes it (xsd:date, possibly with a time or zone, or only a year or month as some tools do): its ISO day, month or year. */
function isoDay(date: string | undefined): string | undefined {
  return /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?![\d])/.exec(date?.trim() ?? '')?.[0]
}

/** Reads the metadata of one document element (act, bill, judgment...). */
export function readMetadata(document: XmlNode): AknMetadata {
  const meta = elements(document, 'meta')
  const work = findElement(meta, 'FRBRWork')
  const expression = findElement(meta, 'FRBRExpression')
  const manifestation = findElement(meta, 'FRBRManifestation')
  const front = elements(document).filter((node) => frontElements.has(localName(node)))
  const inWork = (name: string) => (work ? findElement([work], name) : undefined)
  const frontText = (name: string) => {
    const found = findElement(front, name)
    return found ? plainText(found, noteElements) || undefined : undefined
  }
  const aliases = (work ? elements(work, 'FRBRalias') : [])
    .map((alias) => ({ name: attribute(alias, 'name') ?? '', value: attribute(alias, 'value') ?? '' }))
    .filter((alias) => alias.value)
  const aliasTitle = aliases.find((alias) => /title|name/i.test(alias.name))?.value
  const docDate = findElement(front, 'docDate')
  const metadata: AknMetadata = {
    type: localName(document),
    subtype: value(inWork('FRBRsubtype')) ?? attribute(document, 'name') ?? undefined,
    country: value(inWork('FRBRcountry'))?.toLowerCase(),
    number: value(inWork('FRBRnumber')) ?? frontText('docNumber'),
    date: isoDay(value(inWork('FRBRdate'), 'date')) ?? isoDay(docDate ? attribute(docDate, 'date') : undefined),
    language: languageOf(value(expression ? findElement([expression], 'FRBRlanguage') : undefined, 'language')),
    title: structuredTitle(front) ?? frontText('docTitle') ?? frontText('shortTitle') ?? value(inWork('FRBRname')) ?? aliasTitle,
    printedNumber: frontText('docNumber'),
    aliases: aliases.length ? aliases : undefined,
    uris: {
      work: value(work ? elements(work, 'FRBRthis')[0] : undefined),
      expression: value(expression ? elements(expression, 'FRBRthis')[0] : undefined),
      manifestation: value(manifestation ? elements(manifestation, 'FRBRthis')[0] : undefined)
    }
  }
  return Object.fromEntries(Object.entries(metadata).filter(([, entry]) => entry !== undefined)) as unknown as AknMetadata
}

/** Parts of a title that some profiles (LEOS) print beside `docTitle`: "Proposal for a REGULATION on ...". */
const titleParts = new Set(['docStage', 'docType', 'docProponent'])

/** The whole line a `docTitle` stands in, when that line is built of title parts; else undefined. */
function structuredTitle(front: XmlNode[]): string | undefined {
  for (const node of front) {
    const children = elements(node)
    if (children.some((child) => localName(child) === 'docTitle') && children.some((child) => titleParts.has(localName(child)))) {
      return plainText(node, noteElements) || undefined
    }
    const inner = structuredTitle(children.filter((child) => localName(child) !== 'docTitle'))
    if (inner) return inner
  }
  return undefined
}
