import type { z } from 'zod'
import type { CallSpec, Contract, Domain, StreamSpec } from '../../shared/contract'
import type { ConnectionRegistry } from '../kafka/connection-registry'
import type { ProfileStore } from '../profiles/profile-store'
import type { Session } from './session'
import type { StreamOptions, StreamOutput } from './stream-runner'

/** What every handler can reach: its caller's session and the shared services. */
export interface HandlerContext {
  session: Session
  profiles: ProfileStore
  registry: ConnectionRegistry
}

export type CallHandler<S> = S extends CallSpec<infer I, infer O> ? (ctx: HandlerContext, input: z.output<I>) => Promise<O> : never

export interface StreamHandlerDef<I, E> {
  options?: Partial<StreamOptions>
  /** Runs until out.signal aborts; returning ends the stream normally, throwing ends it with the error. */
  run(ctx: HandlerContext, input: I, out: StreamOutput<E>): Promise<void>
}

export type StreamHandler<S> = S extends StreamSpec<infer I, infer E> ? StreamHandlerDef<z.output<I>, E> : never

type HandlerFor<S> = S extends CallSpec ? CallHandler<S> : S extends StreamSpec ? StreamHandler<S> : never

/** Handlers of one domain: exactly one per call/stream the contract declares (the compiler checks). */
export type DomainHandlers<D extends Domain> = { [V in keyof Contract[D]]: HandlerFor<Contract[D][V]> }

export type Handlers = { [D in Domain]: DomainHandlers<D> }
