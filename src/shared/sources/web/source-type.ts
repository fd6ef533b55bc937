import type { CslType } from '../types'
import type { Found, FoundFields } from './types'

/**
 * The CSL type a reading suggests: what a tag declares first (schema.org Legislation or NewsArticle,
 * og:type article), then a title that names an act ("Закон Республики Казахстан …", "… туралы Заңы",
 * "Law of …"), then the marks of a news story (a date with a byline or a dateline).
 */

const legislationKind = /legislation/i
const articleKind = /article|blogposting|reportage|^news/i
const actTitle = /^(?:закон|кодекс|конституция|указ|постановление|декрет)(?!\p{L})|(?:заңы|кодексі|конституциясы|жарлығы|қаулысы)(?!\p{L})|^(?:the\s+)?(?:law|act|code|constitution|decree)\s+(?:of|on)\b/iu

export function sourceType(fields: FoundFields, fallback: CslType): Found<CslType> {
  const kind = fields.kind
  if (kind && legislationKind.test(kind.value)) return { value: 'legislation', origin: kind.origin }
  if (kind && articleKind.test(kind.value)) return { value: 'article-newspaper', origin: kind.origin }
  // A publication and a date alone do not make news: an official portal dates its acts too.
  const newsMarks = fields.issued && (fields.author || fields['event-place'])
  if (!newsMarks && fields.title && actTitle.test(fields.title.value)) return { value: 'legislation', origin: fields.title.origin }
  if (newsMarks) return { value: 'article-newspaper', origin: fields.issued!.origin }
  return { value: fallback, origin: 'file' }
}
