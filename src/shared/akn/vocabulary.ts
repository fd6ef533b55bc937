/**
 * How the reader classifies Akoma Ntoso 3.0 elements. Names follow the OASIS schema (akomantoso30.xsd);
 * anything not named here is read by its shape (an element holding blocks is descended into, one holding
 * only inline content is a paragraph), so documents from other tools and newer profiles still read.
 */

/** The document elements that may stand under `akomaNtoso`, or inside a `component` or `attachment`. */
export const documentTypes = new Set([
  'act',
  'bill',
  'doc',
  'statement',
  'portion',
  'amendment',
  'amendmentList',
  'officialGazette',
  'documentCollection',
  'judgment',
  'debate',
  'debateReport'
])

/** Where each kind of document keeps its main text. */
export const bodyElements = new Set(['body', 'mainBody', 'judgmentBody', 'debateBody', 'amendmentBody', 'portionBody', 'collectionBody'])

/** Where a document keeps its title page and opening (titles, numbers, dates: metadata, not law). */
export const frontElements = new Set(['coverPage', 'preface', 'header'])

/**
 * Hierarchical containers: the schema's ANhier group, the generic `hcontainer`, the blocks of a judgment
 * and the sections and speeches of a debate. Each may carry `num`, `heading` and nested units.
 */
export const hierarchicalElements = new Set([
  'alinea', 'article', 'book', 'chapter', 'clause', 'division', 'indent', 'level', 'paragraph', 'part', 'point',
  'proviso', 'rule', 'section', 'subchapter', 'subclause', 'subdivision', 'subparagraph', 'subpart', 'subrule',
  'subsection', 'subtitle', 'title', 'tome', 'transitional', 'hcontainer', 'item', 'recital', 'citation',
  'introduction', 'background', 'arguments', 'remedies', 'motivation', 'decision',
  'debateSection', 'administrationOfOath', 'rollCall', 'prayers', 'oralStatements', 'writtenStatements',
  'personalStatements', 'ministerialStatements', 'resolutions', 'nationalInterest', 'declarationOfVote',
  'communication', 'petitions', 'papers', 'noticesOfMotion', 'questions', 'address', 'proceduralMotions',
  'pointOfOrder', 'adjournment', 'speech', 'question', 'answer', 'other'
])

/**
 * The element that is a document's basic unit, the first of these it uses: most acts are made of articles,
 * common-law acts of sections, rules of court of rules, bills of some parliaments of clauses. Elements of
 * that name that hold further ones (LEOS's title > section > article, nested sections) group them instead.
 */
export const basicUnitCandidates = ['article', 'section', 'rule', 'clause'] as const

/** Groupings Glossa keeps as parts (the outer levels); every other grouping is a chapter. */
export const partLevels = new Set(['book', 'tome', 'part', 'subpart', 'title', 'division'])

/** Elements that only wrap blocks or units: read through, as if their children stood in their place. */
export const wrapperElements = new Set([
  'content', 'intro', 'wrapUp', 'container', 'blockContainer', 'list', 'sublist', 'blockList', 'citations', 'recitals',
  'formula', 'longTitle', 'tblock', 'conclusions', 'interstitial', 'ul', 'ol'
])

/** Units below an article that are points of a list, not its numbered paragraphs: sub-points wherever they stand. */
export const pointElements = new Set(['point', 'item', 'indent', 'alinea', 'subparagraph', 'subclause', 'subrule', 'li'])

/** What labels a unit rather than being its text. `from` names the speaker of a debate speech. */
export const labelElements = new Set(['num', 'heading', 'subheading', 'from'])

/** Inline elements whose text is not part of the sentence around them. */
export const noteElements = new Set(['authorialNote'])

/** Elements read elsewhere (metadata) or that carry no text of the law: not reported as unused. */
export const ignoredElements = new Set(['meta', 'components', 'attachments', 'eol', 'eop', 'br'])

/** Elements that hold something Glossa cannot show in a legal text; the report names them when skipped. */
export const unusableElements = new Set(['toc', 'img', 'object', 'componentRef', 'documentRef', 'foreign', 'noteRef', 'marker', 'popup'])

/** ISO 639-2 (bibliographic and terminology) codes, as FRBRlanguage gives them, to the ISO 639-1 Glossa uses. */
export const languageCodes: Record<string, string> = {
  eng: 'en', rus: 'ru', kaz: 'kk', deu: 'de', ger: 'de', fra: 'fr', fre: 'fr', ita: 'it', spa: 'es', por: 'pt',
  nld: 'nl', dut: 'nl', pol: 'pl', ces: 'cs', cze: 'cs', slk: 'sk', slo: 'sk', slv: 'sl', hrv: 'hr', srp: 'sr',
  bul: 'bg', ron: 'ro', rum: 'ro', hun: 'hu', ell: 'el', gre: 'el', fin: 'fi', swe: 'sv', dan: 'da', nor: 'no',
  est: 'et', lav: 'lv', lit: 'lt', gle: 'ga', mlt: 'mt', ukr: 'uk', bel: 'be', kir: 'ky', uzb: 'uz', tur: 'tr',
  ara: 'ar', heb: 'he', zho: 'zh', chi: 'zh', jpn: 'ja', kor: 'ko', swa: 'sw', afr: 'af', zul: 'zu', xho: 'xh',
  hin: 'hi', ind: 'id', msa: 'ms', may: 'ms', fas: 'fa', per: 'fa', cat: 'ca', eus: 'eu', baq: 'eu', glg: 'gl',
  isl: 'is', ice: 'is', sqi: 'sq', alb: 'sq', mkd: 'mk', mac: 'mk', hye: 'hy', arm: 'hy', kat: 'ka', geo: 'ka',
  aze: 'az', tgk: 'tg', tuk: 'tk', mon: 'mn', lug: 'lg', kin: 'rw', nya: 'ny', sot: 'st', tsn: 'tn', nde: 'nd'
}

/** The other way, for the FRBR expression of an export. */
export const languageCodes3: Record<string, string> = Object.fromEntries(
  Object.entries(languageCodes).filter(([code]) => !['ger', 'fre', 'cze', 'slo', 'rum', 'gre', 'dut', 'chi', 'may', 'per', 'baq', 'ice', 'alb', 'mac', 'arm', 'geo'].includes(code)).map(([three, two]) => [two, three])
)
