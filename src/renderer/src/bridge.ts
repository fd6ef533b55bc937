import type { Channel, Reply, Request } from '../../shared/ipc'

/** The preload's `window.glossa`: the renderer's only way to reach files, dialogs and the OS. */
export function invoke<C extends Channel>(channel: C, request: Request<C>): Promise<Reply<C>> {
  return window.glossa.invoke(channel, request)
}

export const onCommand = (listener: Parameters<typeof window.glossa.onCommand>[0]) => window.glossa.onCommand(listener)

export const onOpenRecent = (listener: Parameters<typeof window.glossa.onOpenRecent>[0]) => window.glossa.onOpenRecent(listener)
export const onLinkOpen = (listener: (url: string) => void) => window.glossa.onLinkOpen(listener)

export const isMac = () => window.glossa.platform === 'darwin'
