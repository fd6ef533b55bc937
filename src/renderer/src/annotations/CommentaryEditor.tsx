import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { baseKeymap } from 'prosemirror-commands'
import { history, redo, undo } from 'prosemirror-history'
import { keymap } from 'prosemirror-keymap'
import { EditorState, type Command } from 'prosemirror-state'
import { EditorView } from 'prosemirror-view'
import { commentarySchema } from '../../../shared/annotations/commentary-schema'
import type { Commentary } from '../../../shared/annotations/types'
import type { DocJSON } from '../../../shared/document/types'
import { t } from '../i18n'
import { blockQuote, bulletList, liftItem, orderedList, setLink, sinkItem, splitItem, toggleBold, toggleItalic } from './commentary-commands'
import { openExternalLink } from '../links/external-links'
import { projectStore } from '../store/useStore'

interface Props {
  /** Which annotation this is; a different one starts a fresh editor. */
  annotationId: string
  body: Commentary
  onChange: (body: Commentary) => void
  /** The text box's accessible name; "Commentary" unless told. */
  label?: string
  /** Puts the caret in the commentary when it opens (the user chose Comment). */
  autoFocus?: boolean
  /** Escape pressed in the commentary. */
  onEscape?: () => void
  /**
   * Keystrokes stay in this editor and reach `onChange` as one edit after a pause of this many ms (and on
   * blur, on closing, and whenever `hold`'s owner flushes), so typing never re-renders what shows the
   * annotation. Without it every keystroke is reported at once.
   */
  commitDelayMs?: number
  /** Registers a held edit with whoever must see it before reading (the project store); returns the release. */
  hold?: (commit: () => void) => () => void
}

function stateFor(body: Commentary, onEscape: () => void): EditorState {
  const doc = body.doc.content?.length ? commentarySchema.nodeFromJSON(body.doc) : commentarySchema.topNodeType.createAndFill()!
  return EditorState.create({
    doc,
    plugins: [
      history(),
      keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Mod-Shift-z': redo, 'Mod-b': toggleBold, 'Mod-i': toggleItalic, Enter: splitItem, 'Mod-[': liftItem, 'Mod-]': sinkItem }),
      // Escape is not "select the parent node" here: it leaves the commentary (the view swallows the key itself).
      keymap({ Escape: () => (onEscape(), true) }),
      keymap(baseKeymap)
    ]
  })
}

/** An edit typed but not reported yet: in which annotation, how to report it, its timer and its hold. */
interface HeldEdit {
  annotationId: string
  commit: () => void
  timer: ReturnType<typeof setTimeout>
  release: (() => void) | undefined
}

/** Reports the held edit now, if there is one. */
function flushHeld(held: { current: HeldEdit | null }) {
  const edit = held.current
  if (!edit) return
  held.current = null
  clearTimeout(edit.timer)
  edit.release?.()
  edit.commit()
}

/** Rich-text commentary in a small ProseMirror view of its own: bold, italic, lists, quotes and links. */
export function CommentaryEditor({ annotationId, body, onChange, label, autoFocus, onEscape, commitDelayMs, hold }: Props) {
  const host = useRef<HTMLDivElement>(null)
  const view = useRef<EditorView | null>(null)
  const emitted = useRef<Commentary | null>(null)
  const [linking, setLinking] = useState<{ href: string; refused: boolean } | null>(null)
  const change = useRef(onChange)
  const escape = useRef(onEscape)
  const deferral = useRef({ delayMs: commitDelayMs, hold })
  // The edit typed but not yet reported, and the timer and hold that will report it.
  const held = useRef<HeldEdit | null>(null)
  useLayoutEffect(() => {
    change.current = onChange
    escape.current = onEscape
    deferral.current = { delayMs: commitDelayMs, hold }
  })

  useEffect(() => {
    // An outside change (undo, another annotation) replaces the content; our own echo does not.
    if (view.current && emitted.current === body) return
    // A held edit goes first: in this annotation it wins over the outside change and comes back as our echo.
    const edit = held.current
    flushHeld(held)
    if (view.current && edit?.annotationId === annotationId) return
    view.current?.destroy()
    const editorView = new EditorView(host.current!, {
      state: stateFor(body, () => escape.current?.()),
      attributes: { class: 'commentary-text', 'aria-label': label ?? t('annotationCommentary'), role: 'textbox', 'aria-multiline': 'true' },
      // Ctrl+click (Cmd+click) follows a link, as in word processors; a plain click places the cursor to edit it.
      handleClick(_view, _pos, event) {
        const href = (event.target as Element | null)?.closest?.('a[href]')?.getAttribute('href')
        if (!href || !(event.ctrlKey || event.metaKey)) return false
        event.preventDefault()
        void openExternalLink(href, projectStore.showError)
        return true
      },
      handleDOMEvents: { blur: () => (flushHeld(held), false) },
      dispatchTransaction(tr) {
        editorView.updateState(editorView.state.apply(tr))
        if (!tr.docChanged) return
        // Reported to the handler of the annotation it was typed in, even if the editor moves on meanwhile.
        const report = change.current
        const doc = editorView.state.doc
        const commit = () => {
          const next: Commentary = { doc: doc.toJSON() as DocJSON }
          emitted.current = next
          report(next)
        }
        const { delayMs, hold: holder } = deferral.current
        if (delayMs === undefined) return commit()
        const previous = held.current
        if (previous) clearTimeout(previous.timer)
        const release = previous ? previous.release : holder?.(() => flushHeld(held))
        held.current = { annotationId, commit, release, timer: setTimeout(() => flushHeld(held), delayMs) }
      }
    })
    view.current = editorView
  }, [annotationId, body, label])

  useEffect(() => {
    if (autoFocus) view.current?.focus()
  }, [annotationId, autoFocus])

  useEffect(
    () => () => {
      flushHeld(held)
      view.current?.destroy()
      view.current = null
    },
    []
  )

  const run = (command: Command) => {
    const editorView = view.current
    if (!editorView) return
    command(editorView.state, editorView.dispatch)
    editorView.focus()
  }
  const applyLink = (href: string) => {
    const editorView = view.current
    if (editorView && setLink(href.trim())(editorView.state, editorView.dispatch)) setLinking(null)
    else setLinking({ href, refused: true })
  }

  return (
    <div className="commentary-editor">
      <div className="commentary-toolbar" role="toolbar" aria-label={t('annotationCommentaryFormat')}>
        <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={() => run(toggleBold)} title={t('formatBold')}>
          <strong>B</strong>
        </button>
        <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={() => run(toggleItalic)} title={t('formatItalic')}>
          <em>I</em>
        </button>
        <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={() => run(bulletList)} title={t('formatBulletList')}>
          •
        </button>
        <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={() => run(orderedList)} title={t('formatOrderedList')}>
          1.
        </button>
        <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={() => run(blockQuote)} title={t('formatQuote')}>
          ❝
        </button>
        <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={() => setLinking({ href: 'https://', refused: false })} title={t('formatLink')}>
          {t('formatLinkShort')}
        </button>
      </div>
      {linking && (
        <form
          className="commentary-link-form"
          onSubmit={(event) => {
            event.preventDefault()
            applyLink(linking.href)
          }}
        >
          <input autoFocus aria-label={t('formatLinkAddress')} value={linking.href} onChange={(event) => setLinking({ href: event.target.value, refused: false })} />
          <button type="submit">{t('formatLinkApply')}</button>
          <button type="button" onClick={() => setLinking(null)}>
            {t('cancel')}
          </button>
          {linking.refused && <p className="error-text">{t('formatLinkRefused')}</p>}
        </form>
      )}
      <div ref={host} />
    </div>
  )
}
