/** Reading untrusted JSON values in the shapes JSON-LD allows (one value or a list of them). */

export type Json = Record<string, unknown>

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)

/** A value that may be given alone or as a list, as a list. */
export const asList = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value])

/** The strings of a key that may hold one string or several (`type`, `purpose`, `motivation`). */
export const stringsOf = (value: Json, key: string): string[] => asList(value[key]).filter((item): item is string => typeof item === 'string')

/** A string no longer than `max`, or null. */
export const text = (value: unknown, max: number): string | null => (typeof value === 'string' && value.length <= max ? value : null)
