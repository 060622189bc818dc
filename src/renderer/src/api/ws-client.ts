import { type Api, buildApi, type ClientFrame, contract, type ServerFrame, StreamRouter } from '../../../shared/contract'
import { fail, type Result } from '../../../shared/result'

/**
 * The web host's side of the contract: the same named functions as Electron's preload, over one WebSocket.
 * The per-run token comes from the URL the host printed; it is then removed from the address bar.
 */
export function createWsApi(onHostLost: () => void): Api {
  const params = new URLSearchParams(location.search)
  const token = params.get('token')
  if (token) history.replaceState(null, '', location.pathname)
  const ws = new WebSocket(`ws://${location.host}/ws${token ? `?token=${encodeURIComponent(token)}` : ''}`)
  const pending = new Map<number, (r: Result<unknown>) => void>()
  const queue: string[] = []
  let nextId = 1
  let closed = false

  const router = new StreamRouter((streamId) => sendFrame({ t: 'ack', streamId }))

  function sendFrame(frame: ClientFrame) {
    const text = JSON.stringify(frame)
    if (ws.readyState === WebSocket.OPEN) ws.send(text)
    else if (!closed) queue.push(text)
  }

  type Request = { t: 'call' | 'start'; channel: string; input: unknown } | { t: 'stop'; streamId: string }

  function request(frame: Request): Promise<Result<unknown>> {
    if (closed) return Promise.resolve(fail('HOST_UNAVAILABLE', 'The Kafka Lab web host is not running.'))
    const id = nextId++
    return new Promise((resolve) => {
      pending.set(id, resolve)
      sendFrame({ ...frame, id } as ClientFrame)
    })
  }

  ws.addEventListener('open', () => {
    for (const text of queue.splice(0)) ws.send(text)
  })
  ws.addEventListener('message', (ev) => {
    const frame = JSON.parse(String(ev.data)) as ServerFrame
    if (frame.t === 'result') {
      pending.get(frame.id)?.(frame.result)
      pending.delete(frame.id)
    } else {
      router.deliver(frame)
    }
  })
  ws.addEventListener('close', () => {
    closed = true
    for (const resolve of pending.values()) resolve(fail('HOST_UNAVAILABLE', 'The Kafka Lab web host stopped.'))
    pending.clear()
    onHostLost()
  })

  return buildApi(
    contract,
    {
      call: (channel, input) => request({ t: 'call', channel, input }),
      start: (channel, input) => request({ t: 'start', channel, input }) as Promise<Result<{ streamId: string }>>,
      stop: async (streamId) => {
        await request({ t: 'stop', streamId })
      },
      ack: (streamId) => sendFrame({ t: 'ack', streamId }),
    },
    router,
  ) as unknown as Api
}
