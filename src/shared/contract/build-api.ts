import type { AppErrorValue, Result } from '../result'
import type { DomainSpec } from './define'
import type { StreamMessage } from './wire'

/** What a transport must offer the client side: Electron's preload and the renderer's WebSocket client. */
export interface ClientTransport {
  call(channel: string, input: unknown): Promise<Result<unknown>>
  start(channel: string, input: unknown): Promise<Result<{ streamId: string }>>
  stop(streamId: string): Promise<void>
  ack(streamId: string): void
}

type Listener = { onBatch: (events: unknown[]) => void; onEnd?: (end: { error: AppErrorValue | null }) => void }

/**
 * Routes stream messages to their listeners and acknowledges each batch once handed over. Messages that arrive
 * before the start call returned the stream id are held briefly and replayed.
 */
export class StreamRouter {
  private readonly listeners = new Map<string, Listener>()
  private readonly early = new Map<string, StreamMessage[]>()

  constructor(private readonly ack: (streamId: string) => void) {}

  deliver(msg: StreamMessage): void {
    const l = this.listeners.get(msg.streamId)
    if (!l) {
      const held = this.early.get(msg.streamId) ?? []
      if (held.length < 16) held.push(msg)
      this.early.set(msg.streamId, held)
      return
    }
    if ('batch' in msg) {
      try {
        l.onBatch(msg.batch)
      } finally {
        this.ack(msg.streamId)
      }
    } else {
      this.listeners.delete(msg.streamId)
      l.onEnd?.(msg.end)
    }
  }

  attach(streamId: string, listener: Listener): void {
    this.listeners.set(streamId, listener)
    const held = this.early.get(streamId) ?? []
    this.early.delete(streamId)
    for (const m of held) this.deliver(m)
  }

  detach(streamId: string): void {
    this.listeners.delete(streamId)
    this.early.delete(streamId)
  }
}

/** Builds the named-function API (`api.topics.list(input)`) from the contract over any client transport. */
export function buildApi(contract: Record<string, DomainSpec>, transport: ClientTransport, router: StreamRouter) {
  const api: Record<string, Record<string, unknown>> = {}
  for (const [domain, verbs] of Object.entries(contract)) {
    const fns: Record<string, unknown> = {}
    for (const [verb, spec] of Object.entries(verbs)) {
      const channel = `${domain}:${verb}`
      fns[verb] =
        spec.kind === 'call'
          ? (input: unknown) => transport.call(channel, input)
          : async (input: unknown, onBatch: Listener['onBatch'], onEnd?: Listener['onEnd']) => {
              const r = await transport.start(channel, input)
              if (!r.ok) return r
              const { streamId } = r.value
              router.attach(streamId, { onBatch, onEnd })
              return {
                ok: true,
                value: {
                  stop: async () => {
                    router.detach(streamId)
                    await transport.stop(streamId)
                  },
                },
              }
            }
    }
    api[domain] = fns
  }
  return api
}
