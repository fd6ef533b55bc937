import type { IpcMain } from 'electron'
import { channels } from '../shared/ipc'
import { dispatch } from './dispatch'
import type { HandlerTable } from './handlers'

/** Registers every channel of the contract with `ipcMain`, each routed through `dispatch` to `table`. */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, table: HandlerTable, isTrustedSender: (url: string) => boolean): void {
  for (const channel of channels) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      // Only our own renderer may talk to main; a frame from anywhere else gets no answer it can use.
      if (!isTrustedSender(event.senderFrame?.url ?? '')) return { ok: false, error: { code: 'errorBadRequest', params: { channel } } }
      return dispatch(table, channel, payload, { windowId: event.sender.id })
    })
  }
}
