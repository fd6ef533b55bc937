import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { legalSchema } from '../document/schema'
import type { DocJSON } from '../document/types'
import { createProject } from '../project/create'
import { parseProjectFile } from '../project/parse'
import { importAkomaNtoso } from './import'

/** The shapes other legislatures' tools write, one small file each (written for these tests: see fixtures/). */

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8')

function read(name: string) {
  const outcome = importAkomaNtoso(fixture(name))
  if (!outcome.ok) throw new Error(`${name}: ${outcome.error.code}`)
  return outcome
}

/** Every node of a kind, depth first. */
function all(node: DocJSON, type: string): DocJSON[] {
  return [...(node.type === type ? [node] : []), ...(node.content ?? []).flatMap((child) => all(child, type))]
}

const text = (node: DocJSON): string => (node.text ?? '') + (node.content ?? []).map(text).join(node.type === 'doc' || node.content?.[0]?.type !== 'text' ? '\n' : '')
const labels = (node: DocJSON, type: string) => all(node, type).map((unit) => unit.attrs?.['label'])
function find(node: DocJSON, eId: string): DocJSON | undefined {
  if (node.attrs?.['eId'] === eId) return node
  for (const child of node.content ?? []) {
    const found = find(child, eId)
    if (found) return found
  }
  return undefined
}

const fixtures = [
  'sections-act.xml',
  'nested-points.xml',
  'xml-id-only.xml',
  'empty-paragraph.xml',
  'authorial-note.xml',
  'schedule.xml',
  'legaldocml-de.xml',
  'leos.xml',
  'judgment.xml',
  'document-collection.xml',
  'debate.xml',
  'debate-report.xml',
  'doc.xml'
]

describe('every shape', () => {
  for (const name of fixtures) {
    it(`${name}: fits the schema, every unit has a unique valid eId, and the project it makes opens`, () => {
      const { doc, report } = read(name)
      expect(() => legalSchema.nodeFromJSON(doc).check()).not.toThrow()
      const eIds: string[] = []
      const visit = (node: DocJSON) => {
        if (node.attrs && 'eId' in node.attrs) eIds.push(String(node.attrs['eId']))
        node.content?.forEach(visit)
      }
      visit(doc)
      expect(eIds.every((eId) => /^\S+$/.test(eId))).toBe(true)
      expect(new Set(eIds).size).toBe(eIds.length)
      const project = createProject({ title: name, document: { name, language: report.language, content: doc } })
      const reopened = parseProjectFile(JSON.stringify(project))
      expect(reopened.ok).toBe(true)
      expect(report.counts.articles).toBeGreaterThan(0)
    })
  }
})

describe('Akoma Ntoso shapes', () => {
  it('reads an act of sections in parts and cross-headings, subsections as clauses, paragraphs and sub-paragraphs as nested sub-points', () => {
    const { doc, report } = read('sections-act.xml')
    expect(report.counts).toEqual({ preamble: false, parts: 2, chapters: 1, articles: 4, clauses: 2, subpoints: 4 })
    expect(labels(doc, 'article')).toEqual(['1', '2', '3', '4'])
    expect(all(doc, 'article').map((article) => article.attrs?.['eId'])).toEqual(['sec_1', 'sec_2', 'sec_3', 'sec_4'])
    const works = find(doc, 'sec_2__subsec_1__para_b')!
    expect(works.content?.map((child) => child.type)).toEqual(['paragraph', 'subpoint', 'subpoint'])
    expect(labels(works, 'subpoint').slice(1)).toEqual(['(i)', '(ii)'])
    const crossHeading = find(doc, 'part_2__hcontainer_1')!
    expect(crossHeading.type).toBe('chapter')
    expect(crossHeading.content?.map((child) => child.type)).toEqual(['heading', 'article', 'article'])
  })

  it('collapses XML white space as a reader sees it, and reads the title, number, date, country and language from FRBR', () => {
    const { doc, report } = read('sections-act.xml')
    expect(text(find(doc, 'sec_1')!)).toContain('This Act may be cited as the Harbour Works Act 2024.')
    expect(doc.content?.[0]).toEqual({ type: 'title', content: [{ type: 'text', text: 'Harbour Works Act 2024' }] })
    expect(report.language).toBe('en')
    expect(report.akn?.metadata).toMatchObject({ type: 'act', country: 'zz', number: '17', date: '2024-05-01', language: 'en', printedNumber: 'Act No. 17 of 2024', aliases: [{ name: 'short title', value: 'Harbour Works Act' }] })
  })

  it('keeps points with their sub-points at every depth', () => {
    const { doc, report } = read('nested-points.xml')
    expect(report.language).toBe('ru')
    expect(report.counts).toMatchObject({ chapters: 1, articles: 2, clauses: 2, subpoints: 5 })
    const vessel = find(doc, 'art_1__para_1__list_1__point_2')!
    expect(vessel.content?.[0]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'судно — сооружение, в том числе:' }] })
    const mixed = find(vessel, 'art_1__para_1__list_1__point_2__list_1__point_b')!
    expect(labels(mixed, 'subpoint')).toEqual(['б)', '–'])
    expect(text(mixed)).toContain('речное;')
  })

  it('gives units that have only xml:id (or no id) AKN eIds, keeps the map from the source ids, and says so', () => {
    const { doc, report } = read('xml-id-only.xml')
    expect(all(doc, 'article').map((article) => article.attrs?.['eId'])).toEqual(['art_1', 'art_2', 'art_3'])
    expect(find(doc, 'art_3__para_1')).toBeDefined()
    expect((doc.attrs?.['akn'] as { ids: Record<string, string> }).ids).toMatchObject({ p1: 'part_1', a1: 'art_1', 'a1-2': 'art_1__para_2', a3: 'art_3' })
    expect(report.warnings).toContainEqual({ code: 'aknIdsGenerated', params: { count: 7 } })
  })

  it('fills empty elements so that the document and its project open', () => {
    const { doc, report } = read('empty-paragraph.xml')
    expect(report.counts).toMatchObject({ preamble: true, articles: 3, clauses: 4, subpoints: 1 })
    expect(find(doc, 'art_1__para_2')).toEqual({ type: 'clause', attrs: { eId: 'art_1__para_2', num: '2', label: '2.' }, content: [{ type: 'paragraph' }] })
    expect(find(doc, 'art_1__para_3')?.content).toEqual([{ type: 'paragraph' }])
    expect(find(doc, 'art_2')?.content).toEqual([])
    expect(report.warnings.filter((warning) => warning.code === 'emptyArticle').map((warning) => warning.eId)).toEqual(['art_2', 'art_3'])
  })

  it('keeps authorial notes and noteRefs as footnotes beside the text, not inside it', () => {
    const { doc, report } = read('authorial-note.xml')
    const paragraph = find(doc, 'art_1')!.content![0]!
    expect(paragraph.content).toEqual([{ type: 'text', text: 'Fishing requires a licence issued by the ministry.' }])
    expect(paragraph.attrs?.['notes']).toEqual([
      { at: 26, marker: '1', text: 'See the Licensing Regulations.' },
      { at: 49, marker: '2', text: 'As amended in 2021.' }
    ])
    expect(doc.content?.[0]).toEqual({ type: 'title', content: [{ type: 'text', text: 'Fisheries Act' }] })
    expect(report.akn?.footnotes).toBe(2)
  })

  it('keeps a schedule as a part named by its number and title, numbered on its own, its table as rows', () => {
    const { doc, report } = read('schedule.xml')
    const schedule = find(doc, 'att_1')!
    expect(schedule).toMatchObject({ type: 'part', attrs: { label: 'Schedule 1' } })
    expect(schedule.content?.[0]).toEqual({ type: 'heading', content: [{ type: 'text', text: 'Fees payable' }] })
    expect(text(find(schedule, 'att_1__para_2')!)).toBe('Vessel | Fee\nSmall | 10')
    expect(report.warnings).toEqual([{ code: 'aknAttachmentKept', params: { name: 'Schedule 1: Fees payable' } }])
  })

  it('reads a LegalDocML.de-like act: the akn prefix, articles (§) under books, numbers from the labels', () => {
    const { doc, report } = read('legaldocml-de.xml')
    expect(report).toMatchObject({ language: 'de', counts: { parts: 2, articles: 2, clauses: 3, subpoints: 2 } })
    expect(all(doc, 'article').map((article) => [article.attrs?.['num'], article.attrs?.['label']])).toEqual([['1', '§ 1'], ['2', '§ 2']])
    expect(doc.content?.[0]).toEqual({ type: 'title', content: [{ type: 'text', text: 'Gesetz über die Hafenordnung' }] })
  })

  it('reads a LEOS-like bill: every article of title > chapter > section, recitals in the preamble, alineas as text of their point', () => {
    const { doc, report } = read('leos.xml')
    expect(report.counts).toMatchObject({ preamble: true, parts: 1, chapters: 3, articles: 3, clauses: 1, subpoints: 2 })
    expect(labels(doc, 'chapter')).toEqual(['CHAPTER 1', 'SECTION 1', 'SECTION 2'])
    expect(text(find(doc, 'art_2__para_1__point_a')!)).toBe("'data' means any record;\nit includes metadata;")
    expect(text(find(doc, 'preamble')!)).toContain('(1) Data should flow freely.')
    expect(doc.content?.[0]).toEqual({ type: 'title', content: [{ type: 'text', text: 'Proposal for a REGULATION on inland waterway data' }] })
    expect(report.akn?.metadata).toMatchObject({ type: 'bill', subtype: 'regulation', country: 'eu' })
  })

  it('reads a judgment: its blocks as units, numbered paragraphs as clauses, the conclusions kept', () => {
    const { doc, report } = read('judgment.xml')
    expect(labels(doc, 'article')).toEqual(['Introduction', 'Background', 'Motivation', 'Decision'])
    expect(labels(find(doc, 'background')!, 'clause')).toEqual(['1.', '2.'])
    expect(text(doc)).toContain('Judge A. Example')
    expect(report.akn?.metadata).toMatchObject({ type: 'judgment', title: 'Harbour Authority v. Mariner', number: '2024-15', date: '2024-11-12' })
  })

  it('reads a document collection: each document, embedded or referred to, as a part named by its own num and heading when it has them', () => {
    const { doc, report } = read('document-collection.xml')
    expect(all(doc, 'part').map((part) => [part.attrs?.['label'], part.content?.[0]?.content?.[0]?.text])).toEqual([
      ['Act No. 1', 'Lighthouses Act'],
      ['Item 2', 'The second act']
    ])
    expect(report.counts.articles).toBe(3)
    expect(report.warnings.filter((warning) => warning.code.startsWith('numbering'))).toEqual([])
  })

  it('reads a debate and a debate report: sections as units, speeches under their speaker', () => {
    const debate = read('debate.xml').doc
    // A speech without `from` is named by the person it is `by`, as meta/references shows them.
    expect(labels(debate, 'clause')).toEqual(['The Speaker', 'The Clerk', 'Ms Example', 'The Minister'])
    expect(text(find(debate, 'dbsect_2__answer_1')!)).toBe('Next spring.')
    const report = read('debate-report.xml').doc
    expect(all(report, 'article').map((unit) => unit.content?.[0]?.content?.[0]?.text)).toEqual(['Findings', 'Recommendations'])
  })

  it('reads a debate held in one section as that section grouping its parts, each a unit', () => {
    const outcome = importAkomaNtoso(`<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><debate name="sitting"><meta/><debateBody>
      <debateSection eId="sitting"><heading>Sitting of 1 May</heading>
        <debateSection eId="s1"><heading>Opening</heading><speech by="#a"><from>Chair</from><p>Open.</p></speech></debateSection>
        <debateSection eId="s2"><heading>Votes</heading><speech by="#a"><from>Chair</from><p>Carried.</p></speech></debateSection>
      </debateSection></debateBody></debate></akomaNtoso>`)
    if (!outcome.ok) throw new Error(outcome.error.code)
    expect(outcome.report.counts).toMatchObject({ chapters: 1, articles: 2, clauses: 2 })
    expect(all(outcome.doc, 'article').map((unit) => unit.attrs?.['eId'])).toEqual(['s1', 's2'])
  })

  it('reads a doc of bare paragraphs as one unit that can be annotated', () => {
    const { doc, report } = read('doc.xml')
    expect(report.language).toBe('kk')
    expect(all(doc, 'article')).toHaveLength(1)
    expect(text(all(doc, 'article')[0]!)).toBe('Бұл жазба заң жобасын түсіндіреді.\nЖоба айлақтарға қатысты.')
  })

  it('reads inline text standing directly in a list introduction, and points directly in an article as its sub-points', () => {
    const xml = `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act name="act"><meta/><body>
      <section eId="sec_1"><num>1.</num><content><blockList eId="sec_1__list_1">
        <listIntroduction>In this Act, <i>vessel</i> means—</listIntroduction>
        <item eId="sec_1__list_1__item_a"><num>(a)</num><p>a ship;</p></item>
        <item eId="sec_1__list_1__item_b"><num>(b)</num><p>a boat.</p></item>
      </blockList></content></section>
      <section eId="sec_2"><num>2.</num><list eId="sec_2__list_1"><point eId="sec_2__point_a"><num>(a)</num><content><p>first;</p></content></point></list></section>
      </body></act></akomaNtoso>`
    const outcome = importAkomaNtoso(xml)
    if (!outcome.ok) throw new Error(outcome.error.code)
    expect(text(find(outcome.doc, 'sec_1')!)).toBe('In this Act, vessel means—\na ship;\na boat.')
    expect(outcome.report.counts).toMatchObject({ articles: 2, clauses: 0, subpoints: 3 })
  })

  it('names a title page that says more than the title, number and date as not used', () => {
    expect(read('judgment.xml').report.warnings).toContainEqual({ code: 'aknNotUsed', params: { elements: 'header (1)' } })
    expect(read('xml-id-only.xml').report.akn?.notUsed).toEqual({})
  })

  it('reads an Akoma Ntoso 2.0 act, whose units are named by id', () => {
    const outcome = importAkomaNtoso(`<akomaNtoso xmlns="http://www.akomantoso.org/2.0"><act contains="originalVersion"><meta><identification source="#x">
      <FRBRWork><FRBRthis value="/ke/act/2003-12-10/1/main"/><FRBRuri value="/ke/act/2003-12-10/1"/><FRBRdate date="2003-12-10" name="Enactment"/><FRBRauthor href="#p"/><FRBRcountry value="ke"/></FRBRWork>
      <FRBRExpression><FRBRthis value="/ke/act/2003-12-10/1/eng/main"/><FRBRuri value="/ke/act/2003-12-10/1/eng"/><FRBRdate date="2003-12-10" name="x"/><FRBRauthor href="#p"/><FRBRlanguage language="eng"/></FRBRExpression>
      </identification></meta><body><section id="sec1"><num>1.</num><heading>Short title</heading><content><p>This Act is the Example Act.</p></content></section>
      <section id="sec2"><num>2.</num><subsection id="sec2-1"><num>(1)</num><content><p>Second.</p></content></subsection></section></body></act></akomaNtoso>`)
    if (!outcome.ok) throw new Error(outcome.error.code)
    expect(all(outcome.doc, 'article').map((unit) => unit.attrs?.['eId'])).toEqual(['art_1', 'art_2'])
    expect((outcome.doc.attrs?.['akn'] as { ids: Record<string, string> }).ids).toEqual({ sec1: 'art_1', sec2: 'art_2', 'sec2-1': 'art_2__para_1' })
    expect(outcome.report.akn?.metadata).toMatchObject({ country: 'ke', date: '2003-12-10', language: 'en' })
  })

  it('reads character references as the characters they stand for', () => {
    const outcome = importAkomaNtoso(`<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act name="act"><meta/><body>
      <article eId="art_1"><num>Article&#160;1</num><content><p>A&#x2014;B &amp;#160; &lt;C&gt;</p></content></article></body></act></akomaNtoso>`)
    if (!outcome.ok) throw new Error(outcome.error.code)
    expect(find(outcome.doc, 'art_1')).toMatchObject({ attrs: { label: 'Article\u00a01', num: '1' }, content: [{ content: [{ text: 'A\u2014B &#160; <C>' }] }] })
  })

  it('names what it could not use', () => {
    const xml = `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act name="act"><meta/>
      <body><toc><tocItem href="#art_1" level="1">Article 1</tocItem></toc>
      <article eId="art_1"><num>Article 1</num><content><p>A map <img src="map.png"/> is attached.</p></content></article></body></act></akomaNtoso>`
    const outcome = importAkomaNtoso(xml)
    if (!outcome.ok) throw new Error(outcome.error.code)
    expect(outcome.report.warnings).toContainEqual({ code: 'aknNotUsed', params: { elements: 'toc (1), img (1)' } })
    expect(text(outcome.doc)).toContain('A map is attached.')
  })

  it('accepts a document of one empty article, and refuses one with neither units nor text', () => {
    const outcome = importAkomaNtoso('<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act name="act"><meta/><body><article eId="art_1"/></body></act></akomaNtoso>')
    expect(outcome.ok).toBe(true)
    expect(importAkomaNtoso('<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><doc name="x"><meta/><mainBody/></doc></akomaNtoso>')).toMatchObject({ ok: false, error: { code: 'errorImportNoArticles' } })
  })
})
