import { useState } from 'react'
import { commentaryText, emptyCommentary } from '../../../shared/annotations/model'
import type { Author, Commentary, Reply } from '../../../shared/annotations/types'
import { t } from '../i18n'
import { CommentaryEditor } from './CommentaryEditor'
import './replies.css'

interface Props {
  annotationId: string
  replies: readonly Reply[]
  /** Who is writing now: only their own replies can be edited or deleted. */
  me: Author
  /** Replaces the replies; `coalesceKey` merges a run of typing into one undo step. */
  onChange: (replies: Reply[], coalesceKey?: string) => void
}

/** The discussion under an annotation: replies in the order written, each own reply editable, and a new one. */
export function ReplyThread({ annotationId, replies, me, onChange }: Props) {
  const [editing, setEditing] = useState<string | null>(null)
  const [draft, setDraft] = useState<Commentary>(emptyCommentary)
  const post = () => {
    const now = new Date().toISOString()
    onChange([...replies, { id: crypto.randomUUID(), author: me, created: now, modified: now, body: draft }])
    setDraft(emptyCommentary())
  }
  const revise = (id: string, body: Commentary) =>
    onChange(
      replies.map((reply) => (reply.id === id ? { ...reply, body, modified: new Date().toISOString() } : reply)),
      `reply:${id}`
    )

  return (
    <div className="reply-thread">
      {replies.length > 0 && (
        <ol aria-label={t('annotationReplies')}>
          {replies.map((reply) => {
            const own = reply.author.id === me.id
            return (
              <li key={reply.id} className="reply" data-reply-id={reply.id}>
                <p className="muted reply-byline">
                  {t('annotationByline', { author: reply.author.name, date: new Date(reply.modified).toLocaleString() })}
                </p>
                {editing === reply.id ? (
                  <CommentaryEditor annotationId={reply.id} body={reply.body} onChange={(body) => revise(reply.id, body)} label={t('replyEditLabel')} />
                ) : (
                  <p className="reply-text">{commentaryText(reply.body)}</p>
                )}
                {own && (
                  <div className="reply-actions">
                    <button type="button" onClick={() => setEditing(editing === reply.id ? null : reply.id)}>
                      {editing === reply.id ? t('replyDone') : t('replyEdit')}
                    </button>
                    <button type="button" onClick={() => onChange(replies.filter((other) => other.id !== reply.id))}>
                      {t('replyDelete')}
                    </button>
                  </div>
                )}
              </li>
            )
          })}
        </ol>
      )}
      <div className="reply-new" aria-label={t('replyNew')} role="group">
        <CommentaryEditor annotationId={`reply-draft:${annotationId}`} body={draft} onChange={setDraft} label={t('replyNew')} />
        <button type="button" disabled={!commentaryText(draft)} onClick={post}>
          {t('replyPost')}
        </button>
      </div>
    </div>
  )
}
