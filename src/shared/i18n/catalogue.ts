import type { MessageKey } from './messages.en'

/** A translation: English keys only (an unknown key is a type error); a missing key falls back to English. */
export type Catalogue = Partial<Record<MessageKey, string>>
