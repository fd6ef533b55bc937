import type { MessageKey } from './i18n/messages.en'

/**
 * An error that reaches the user: a message key from the catalogue and the values that fill it, so the
 * renderer shows it in the user's language. `detail` carries technical text (a parser's own words).
 */
export interface GlossaError {
  code: MessageKey
  params?: Record<string, string | number>
  detail?: string
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: GlossaError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = (code: MessageKey, params?: GlossaError['params'], detail?: string): Result<never> => ({
  ok: false,
  error: detail === undefined ? { code, params } : { code, params, detail }
})
