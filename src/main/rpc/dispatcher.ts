import { randomUUID } from 'node:crypto'
import type { z } from 'zod'
import { type ChannelEntry, channelsOf } from '../../shared/contract'
import { fail, ok, type Result } from '../../shared/result'
import { kafkaErrorValue } from '../kafka/kafka-errors'
import type { ConnectionRegistry } from '../kafka/connection-registry'
import type { ProfileStore } from '../profiles/profile-store'
import type { HandlerContext, Handlers, StreamHandlerDef } from './handler-types'
import type { Session } from './session'
import { DEFAULT_STREAM_OPTIONS, RunningStream, type StreamSink } from './stream-runner'

type AnyCall = (ctx: HandlerContext, input: unknown) => Promise<unknown>

function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ')
}

/**
 * The one place where requests from any transport meet the services: validates each input against the contract,
 * calls the handler, and turns every outcome into a Result value.
 */
export class Dispatcher {
  private readonly byChannel = new Map<string, { entry: ChannelEntry; handler: unknown }>()

  constructor(
    handlers: Handlers,
    private readonly deps: { profiles: ProfileStore; registry: ConnectionRegistry },
  ) {
    for (const entry of channelsOf()) {
      const domain = (handlers as unknown as Record<string, Record<string, unknown>>)[entry.domain]
      const handler = domain?.[entry.verb]
      if (!handler) throw new Error(`no handler for ${entry.channel}`)
      this.byChannel.set(entry.channel, { entry, handler })
    }
  }

  channels(): ChannelEntry[] {
    return [...this.byChannel.values()].map((x) => x.entry)
  }

  private context(session: Session): HandlerContext {
    return { session, ...this.deps }
  }

  private resolve(channel: string, kind: 'call' | 'stream', raw: unknown): Result<{ handler: unknown; input: unknown }> {
    const found = this.byChannel.get(channel)
    if (!found || found.entry.spec.kind !== kind) return fail('UNKNOWN_CHANNEL', `No ${kind} named "${channel}".`)
    const parsed = found.entry.spec.input.safeParse(raw ?? {})
    if (!parsed.success) return fail('INVALID_INPUT', describeIssues(parsed.error))
    return ok({ handler: found.handler, input: parsed.data })
  }

  async call(session: Session, channel: string, raw: unknown): Promise<Result<unknown>> {
    const r = this.resolve(channel, 'call', raw)
    if (!r.ok) return r
    try {
      return ok(await (r.value.handler as AnyCall)(this.context(session), r.value.input))
    } catch (e) {
      return { ok: false, error: kafkaErrorValue(e) }
    }
  }

  startStream(session: Session, channel: string, raw: unknown, sink: StreamSink): Result<{ streamId: string }> {
    const r = this.resolve(channel, 'stream', raw)
    if (!r.ok) return r
    const def = r.value.handler as StreamHandlerDef<unknown, unknown>
    const stream = new RunningStream(randomUUID(), sink, { ...DEFAULT_STREAM_OPTIONS, ...def.options })
    session.streams.set(stream.id, stream)
    def
      .run(this.context(session), r.value.input, stream)
      .then(
        () => stream.end(null),
        (e: unknown) => stream.end(kafkaErrorValue(e)),
      )
      .finally(() => session.streams.delete(stream.id))
    return ok({ streamId: stream.id })
  }

  stopStream(session: Session, streamId: string): Result<null> {
    const s = session.streams.get(streamId)
    if (!s) return fail('STREAM_NOT_FOUND', 'That stream has already ended.')
    s.stop()
    session.streams.delete(streamId)
    return ok(null)
  }

  ackStream(session: Session, streamId: string): void {
    session.streams.get(streamId)?.ack()
  }
}
