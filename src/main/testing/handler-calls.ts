import type { Result } from '../../shared/errors'
import type { Channel, Replies, Request } from '../../shared/ipc'
import type { ProjectFile } from '../../shared/project/schema'
import { dispatch } from '../dispatch'
import { createHandlers, type MainDependencies } from '../handlers'
import { inertHost } from './inert-host'

/**
 * Main's handlers for a unit test, called as the renderer would: the open and merge dialogs answer from
 * queues (`open` queues its file), and `save` sends the next revision.
 */
export function handlerCalls(appDataDir: string, options: { mergeAnswers?: string[]; store?: MainDependencies['store'] } = {}) {
  const openAnswers: string[] = []
  const mergeAnswers = options.mergeAnswers ?? []
  const host = inertHost({ chooseProjectToMerge: async () => mergeAnswers.shift() ?? null, chooseProjectToOpen: async () => openAnswers.shift() ?? null })
  const handlers = createHandlers({ host, appDataDir, store: options.store })
  const call = async <C extends Channel>(channel: C, request: Request<C>, windowId = 1) => (await dispatch(handlers, channel, request, { windowId })) as Result<Replies[C]>
  let revision = 0
  return Object.assign(call, {
    open: (file: string, windowId = 1) => {
      openAnswers.push(file)
      return call('project:open', {}, windowId)
    },
    save: (project: ProjectFile, windowId = 1) => call('project:save', { project, revision: ++revision }, windowId)
  })
}

/** The value of a reply that must have succeeded. */
export const value = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.value
}
