import { toggleMark, wrapIn } from 'prosemirror-commands'
import type { Command } from 'prosemirror-state'
import { liftListItem, sinkListItem, splitListItem, wrapInList } from 'prosemirror-schema-list'
import { commentarySchema, isSafeHref } from '../../../shared/annotations/commentary-schema'

/** Editing commands for commentary: marks, lists, quotes and links (safe addresses only). */

const { nodes, marks } = commentarySchema

export const toggleBold: Command = toggleMark(marks.strong)
export const toggleItalic: Command = toggleMark(marks.em)
export const bulletList: Command = wrapInList(nodes.bullet_list)
export const orderedList: Command = wrapInList(nodes.ordered_list)
export const blockQuote: Command = wrapIn(nodes.blockquote)
export const splitItem: Command = splitListItem(nodes.list_item)
export const liftItem: Command = liftListItem(nodes.list_item)
export const sinkItem: Command = sinkListItem(nodes.list_item)

/** Links the selected text to `href`; refuses (returns false) an address that is not http, https or mailto. */
export function setLink(href: string): Command {
  return (state, dispatch) => {
    const { from, to, empty } = state.selection
    if (empty || !isSafeHref(href)) return false
    dispatch?.(state.tr.addMark(from, to, marks.link.create({ href })).scrollIntoView())
    return true
  }
}
