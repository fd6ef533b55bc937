import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Tag } from '../annotations/types'
import type { Result } from '../errors'
import { mergeTags } from './merge'
import { tagsSchema } from './schema'
import { addTag, ensureTagPath, tagPalette, hasTagOrDescendant, moveTag, renameTag, resolveTypedTag, tagPath, tagPaths, tagTree, updateTag } from './taxonomy'

const value = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}`)
  return result.value
}

const tag = (id: string, name: string, parentId: string | null = null): Tag => ({ id, name, color: '#f5c542', description: '', parentId })
const taxonomy: Tag[] = [
  tag('values', 'Values'),
  tag('secularism', 'Secularism', 'values'),
  tag('laicite', 'Laïcité', 'values'),
  tag('family', 'Family'),
  tag('marriage', 'Marriage', 'family'),
  tag('rights', 'Human rights')
]
const annotations = [
  { id: 'a1', tags: ['secularism'] },
  { id: 'a2', tags: ['laicite', 'rights'] },
  { id: 'a3', tags: ['secularism', 'laicite'] },
  { id: 'a4', tags: ['marriage'] }
]

describe('the taxonomy', () => {
  it('names a tag with its ancestors and lists parents before children', () => {
    expect(tagPath(taxonomy, 'marriage')).toBe('Family > Marriage')
    expect(tagTree(taxonomy).map((row) => `${'  '.repeat(row.depth)}${row.tag.name}`)).toEqual([
      'Family',
      '  Marriage',
      'Human rights',
      'Values',
      '  Laïcité',
      '  Secularism'
    ])
  })

  it('adds a tag under a parent with the next palette colour, and refuses a duplicate sibling name', () => {
    const next = value(addTag(taxonomy, 'divorce', { name: ' Divorce ', parentId: 'family' }))
    expect(next.at(-1)).toMatchObject({ id: 'divorce', name: 'Divorce', parentId: 'family' })
    // A sub-tag inherits its parent's colour; a top-level tag takes the next palette colour.
    expect(next.at(-1)!.color).toBe('#f5c542')
    expect(value(addTag(taxonomy, 'top', { name: 'Property' })).at(-1)!.color).toBe(tagPalette[taxonomy.length % tagPalette.length])
    expect(addTag(taxonomy, 'x', { name: 'marriage', parentId: 'family' })).toEqual({ ok: false, error: { code: 'errorTagNameTaken', params: { name: 'marriage' } } })
    // The same name elsewhere in the tree is a different tag.
    expect(addTag(taxonomy, 'x', { name: 'Marriage', parentId: 'rights' }).ok).toBe(true)
    expect(addTag(taxonomy, 'x', { name: '   ' })).toMatchObject({ ok: false, error: { code: 'errorTagNameEmpty' } })
  })

  it('renames a tag in place: the id, and so every assignment, stays', () => {
    const next = value(renameTag(taxonomy, 'secularism', 'Secular state'))
    expect(next.find((t) => t.id === 'secularism')!.name).toBe('Secular state')
    expect(tagPath(next, 'secularism')).toBe('Values > Secular state')
    expect(next).toHaveLength(taxonomy.length)
    expect(renameTag(taxonomy, 'secularism', 'Laïcité')).toMatchObject({ ok: false, error: { code: 'errorTagNameTaken' } })
    expect(renameTag(taxonomy, 'nope', 'X')).toMatchObject({ ok: false, error: { code: 'errorTagUnknown' } })
  })

  it('refuses to move a tag under itself or its own descendant, and refuses a colour that is not a hex colour', () => {
    expect(updateTag(taxonomy, 'family', { parentId: 'marriage' })).toMatchObject({ ok: false, error: { code: 'errorTagParentCycle' } })
    expect(updateTag(taxonomy, 'family', { parentId: 'family' })).toMatchObject({ ok: false, error: { code: 'errorTagParentCycle' } })
    expect(updateTag(taxonomy, 'family', { color: 'red; position: fixed' })).toMatchObject({ ok: false, error: { code: 'errorTagColorInvalid' } })
    expect(value(updateTag(taxonomy, 'rights', { parentId: 'values', color: '#123abc' })).find((t) => t.id === 'rights')).toMatchObject({
      parentId: 'values',
      color: '#123abc'
    })
  })

  it('validates a taxonomy from a file: unknown parents and cycles are refused', () => {
    expect(tagsSchema.safeParse(taxonomy).success).toBe(true)
    expect(tagsSchema.safeParse([tag('a', 'A', 'ghost')]).success).toBe(false)
    expect(tagsSchema.safeParse([tag('a', 'A', 'b'), tag('b', 'B', 'a')]).success).toBe(false)
    expect(tagsSchema.safeParse([tag('a', 'A'), tag('a', 'B')]).success).toBe(false)
    expect(tagsSchema.safeParse([{ ...tag('a', 'A'), color: 'url(javascript:alert(1))' }]).success).toBe(false)
  })
})

describe('merging tags', () => {
  it('moves every assignment of the merged tag to the target, once', () => {
    const merged = value(mergeTags(taxonomy, annotations, 'laicite', 'secularism'))
    expect(merged.tags.map((t) => t.id)).not.toContain('laicite')
    expect(merged.annotations.map((a) => a.tags)).toEqual([['secularism'], ['secularism', 'rights'], ['secularism'], ['marriage']])
    expect(merged.carrying).toBe(3)
    // Annotations that never had the tag are the very same objects.
    expect(merged.annotations[3]).toBe(annotations[3])
  })

  it('moves the merged tag’s sub-tags under the target', () => {
    const merged = value(mergeTags(taxonomy, annotations, 'family', 'rights'))
    expect(tagPath(merged.tags, 'marriage')).toBe('Human rights > Marriage')
    expect(tagsSchema.safeParse(merged.tags).success).toBe(true)
  })

  it('merges a parent into its own child without making a cycle', () => {
    const merged = value(mergeTags(taxonomy, annotations, 'values', 'secularism'))
    expect(tagsSchema.safeParse(merged.tags).success).toBe(true)
    expect(tagPath(merged.tags, 'laicite')).toBe('Secularism > Laïcité')
  })

  it('refuses to merge a tag into itself or an unknown tag', () => {
    expect(mergeTags(taxonomy, annotations, 'rights', 'rights')).toMatchObject({ ok: false, error: { code: 'errorTagMergeSelf' } })
    expect(mergeTags(taxonomy, annotations, 'rights', 'ghost')).toMatchObject({ ok: false, error: { code: 'errorTagUnknown' } })
  })

  it('never loses an assignment and always leaves a valid taxonomy (property)', () => {
    const ids = taxonomy.map((t) => t.id)
    const annotationArb = fc.array(fc.subarray(ids), { maxLength: 30 }).map((lists) => lists.map((tags, i) => ({ id: `a${i}`, tags })))
    fc.assert(
      fc.property(annotationArb, fc.constantFrom(...ids), fc.constantFrom(...ids), (list, from, into) => {
        fc.pre(from !== into)
        const merged = value(mergeTags(taxonomy, list, from, into))
        expect(tagsSchema.safeParse(merged.tags).success).toBe(true)
        merged.annotations.forEach((annotation, i) => {
          const before = list[i]!.tags
          const expected = new Set(before.map((id) => (id === from ? into : id)))
          expect(new Set(annotation.tags)).toEqual(expected)
          expect(annotation.tags).toHaveLength(expected.size)
        })
      })
    )
  })
})

describe('tag paths', () => {
  const values: Tag = { id: 'values', name: 'Values', color: '#f5c542', description: '', parentId: null }
  const secularism: Tag = { id: 'secularism', name: 'Secularism', color: '#7cc4f2', description: '', parentId: 'values' }
  const ids = () => {
    let next = 0
    return () => `new-${++next}`
  }

  it('finds an existing tag by its path, whatever the case and separator', () => {
    for (const typed of ['Values > Secularism', 'values>secularism', ' Values / Secularism ', 'Values › Secularism']) {
      const found = ensureTagPath([values, secularism], typed, ids())
      expect(found.ok && found.value.tag.id, typed).toBe('secularism')
      expect(found.ok && found.value.created, typed).toEqual([])
    }
  })

  it('makes the missing levels under the existing ones, children taking their parent colour', () => {
    const made = ensureTagPath([values, secularism], 'Values > Family > Marriage', ids())
    if (!made.ok) throw new Error(made.error.code)
    expect(made.value.created.map((tag) => [tag.name, tag.parentId, tag.color])).toEqual([
      ['Family', 'values', '#f5c542'],
      ['Marriage', 'new-1', '#f5c542']
    ])
    expect(tagPath(made.value.tags, made.value.tag.id)).toBe('Values > Family > Marriage')
    expect(made.value.tags).toHaveLength(4)
  })

  it('refuses an empty path', () => {
    expect(ensureTagPath([values], ' > ', ids()).ok).toBe(false)
  })

  it('counts a child tag as its parent when filtering', () => {
    const tags = [values, secularism, { ...values, id: 'other', name: 'Other' }]
    expect(hasTagOrDescendant(['secularism'], 'values', tags)).toBe(true)
    expect(hasTagOrDescendant(['secularism'], 'secularism', tags)).toBe(true)
    expect(hasTagOrDescendant(['values'], 'secularism', tags)).toBe(false)
    expect(hasTagOrDescendant(['secularism'], 'other', tags)).toBe(false)
  })
})

describe('the tree in use', () => {
  const ids = () => {
    let next = 0
    return () => `made-${++next}`
  }
  const coloured = (id: string, name: string, color: string, parentId: string | null = null): Tag => ({ id, name, color, description: '', parentId })
  const tree = [
    coloured('values', 'Values', '#f5c542'),
    coloured('secularism', 'Secularism', '#f5c542', 'values'),
    coloured('state', 'State neutrality', '#f5c542', 'secularism'),
    coloured('dignity', 'Dignity', '#9be28f', 'values'),
    coloured('family', 'Family', '#7cc4f2')
  ]
  const colourOf = (tags: Tag[], id: string) => tags.find((tag) => tag.id === id)!.color

  it('recolours the descendants that inherit a colour, not those whose colour was set', () => {
    const next = value(updateTag(tree, 'values', { color: '#c3a6f2' }))
    expect(colourOf(next, 'secularism')).toBe('#c3a6f2')
    expect(colourOf(next, 'state')).toBe('#c3a6f2')
    expect(colourOf(next, 'dignity')).toBe('#9be28f')
    expect(colourOf(next, 'family')).toBe('#7cc4f2')
  })

  it('gives a moved tag its new parent’s colour when it wore its old parent’s, with its own children', () => {
    const moved = value(moveTag(tree, 'secularism', 'family'))
    expect(tagPath(moved, 'state')).toBe('Family > Secularism > State neutrality')
    expect(colourOf(moved, 'secularism')).toBe('#7cc4f2')
    expect(colourOf(moved, 'state')).toBe('#7cc4f2')
    // A tag with a colour of its own keeps it wherever it goes.
    expect(colourOf(value(moveTag(tree, 'dignity', 'family')), 'dignity')).toBe('#9be28f')
    expect(value(moveTag(tree, 'dignity', null)).find((tag) => tag.id === 'dignity')!.parentId).toBeNull()
    expect(moveTag(tree, 'values', 'state')).toMatchObject({ ok: false, error: { code: 'errorTagParentCycle' } })
  })

  it('lists every tag with its path', () => {
    expect(tagPaths(tree).get('state')).toBe('Values > Secularism > State neutrality')
    expect(tagPaths(tree).get('family')).toBe('Family')
  })

  it('takes a bare name as the one tag of that name anywhere, and a path as a path', () => {
    expect(value(resolveTypedTag(tree, 'state neutrality', ids())).tag.id).toBe('state')
    expect(value(resolveTypedTag(tree, 'Values > Secularism', ids())).created).toEqual([])
    const made = value(resolveTypedTag(tree, 'Family > Divorce', ids()))
    expect(made.created.map((tag) => tagPath(made.tags, tag.id))).toEqual(['Family > Divorce'])
    expect(made.tag.color).toBe('#7cc4f2')
    // An unknown bare name is a new top-level tag.
    expect(value(resolveTypedTag(tree, 'Property', ids())).created[0]).toMatchObject({ name: 'Property', parentId: null })
  })
})
