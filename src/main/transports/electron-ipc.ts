import type { IpcMain, IpcMainEvent, IpcMainInvokeEvent, WebContents } from 'electron'
import { batchChannel, STREAM_ACK, STREAM_STOP } from '../../shared/contract'
import { fail } from '../../shared/result'
import type { Session } from '../rpc/session'
import type { AppServices } from '../services'

type IpcLike = Pick<IpcMain, 'handle' | 'on'>

/**
 * Electron transport: one ipcMain.handle per contract call/stream, each checking that the sender frame is Kafka
 * Lab's own page; stream batches go only to the webContents that started the stream. No logic lives here.
 */
export function registerIpc(ipcMain: IpcLike, services: AppServices, isTrustedUrl: (url: string) => boolean): void {
  const sessions = new Map<number, Session>()

  const sessionFor = (sender: WebContents): Session => {
    let s = sessions.get(sender.id)
    if (!s) {
      const created = services.newSession(`window-${sender.id}`)
      sessions.set(sender.id, created)
      // The window's streams and connection die with it.
      sender.once('destroyed', () => {
        created.close()
        sessions.delete(sender.id)
      })
      s = created
    }
    return s
  }

  const trusted = (e: IpcMainInvokeEvent | IpcMainEvent) => isTrustedUrl(e.senderFrame?.url ?? '')
  const forbidden = () => fail('FORBIDDEN', 'This request did not come from Kafka Lab.')

  for (const { channel, spec } of services.dispatcher.channels()) {
    if (spec.kind === 'call') {
      ipcMain.handle(channel, (e, input: unknown) => (trusted(e) ? services.dispatcher.call(sessionFor(e.sender), channel, input) : forbidden()))
    } else {
      ipcMain.handle(channel, (e, input: unknown) => {
        if (!trusted(e)) return forbidden()
        const sender = e.sender
        return services.dispatcher.startStream(sessionFor(sender), channel, input, {
          send: (streamId, batch) => {
            if (!sender.isDestroyed()) sender.send(batchChannel(channel), { streamId, batch })
          },
          end: (streamId, error) => {
            if (!sender.isDestroyed()) sender.send(batchChannel(channel), { streamId, end: { error } })
          },
        })
      })
    }
  }

  ipcMain.handle(STREAM_STOP, (e, streamId: unknown) =>
    trusted(e) && typeof streamId === 'string' ? services.dispatcher.stopStream(sessionFor(e.sender), streamId) : forbidden(),
  )
  ipcMain.on(STREAM_ACK, (e, streamId: unknown) => {
    if (trusted(e) && typeof streamId === 'string') services.dispatcher.ackStream(sessionFor(e.sender), streamId)
  })
}
