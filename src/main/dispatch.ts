import { fail, type Result } from '../shared/errors'
import { requestSchemas, type Channel } from '../shared/ipc'
import type { HandlerContext, HandlerTable } from './handlers'

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(requestSchemas, value)
}

/**
 * Routes one message from the renderer: an unknown channel or a payload that fails its schema gets an
 * error reply; a handler that throws gets a generic one. Nothing a renderer sends can crash main.
 */
export async function dispatch(table: HandlerTable, channel: unknown, payload: unknown, context: HandlerContext): Promise<Result<unknown>> {
  if (!isChannel(channel)) return fail('errorBadRequest', { channel: String(channel).slice(0, 64) })
  const parsed = requestSchemas[channel].safeParse(payload)
  if (!parsed.success) return fail('errorBadRequest', { channel }, parsed.error.issues[0]?.message)
  try {
    const handler = table[channel] as (request: unknown, context: HandlerContext) => Promise<Result<unknown>>
    return await handler(parsed.data, context)
  } catch (error) {
    console.error(`Handler for ${channel} failed`, error)
    return fail('errorInternal', {}, (error as Error).message)
  }
}
