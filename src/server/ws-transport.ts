import type { WebSocket } from 'ws'
import type { ClientFrame, ServerFrame } from '../shared/contract'
import { fail } from '../shared/result'
import type { AppServices } from '../main/services'

let nextSession = 1

/** WebSocket transport: the same dispatcher as Electron IPC, one session per socket, closed with the socket. */
export function serveSocket(ws: WebSocket, services: AppServices): void {
  const session = services.newSession(`ws-${nextSession++}`)
  const send = (frame: ServerFrame) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(frame))
  }

  ws.on('message', async (data) => {
    let frame: ClientFrame
    try {
      frame = JSON.parse(String(data)) as ClientFrame
    } catch {
      return // not ours: ignore rather than crash the host
    }
    switch (frame.t) {
      case 'call':
        send({ t: 'result', id: frame.id, result: await services.dispatcher.call(session, String(frame.channel), frame.input) })
        break
      case 'start': {
        const channel = String(frame.channel)
        const result = services.dispatcher.startStream(session, channel, frame.input, {
          send: (streamId, batch) => send({ t: 'stream', channel, streamId, batch }),
          end: (streamId, error) => send({ t: 'stream', channel, streamId, end: { error } }),
        })
        send({ t: 'result', id: frame.id, result })
        break
      }
      case 'stop':
        send({ t: 'result', id: frame.id, result: typeof frame.streamId === 'string' ? services.dispatcher.stopStream(session, frame.streamId) : fail('INVALID_INPUT', 'streamId') })
        break
      case 'ack':
        if (typeof frame.streamId === 'string') services.dispatcher.ackStream(session, frame.streamId)
        break
    }
  })
  ws.on('close', () => session.close())
}
