import type { z } from 'zod'

/** Carries a type only; never read at run time. */
export interface Returns<T> {
  readonly __returns?: T
}
export const returns = <T>(): Returns<T> => ({})

/** A request/response call: `domain:verb` on the wire. */
export interface CallSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly kind: 'call'
  readonly input: I
  readonly output: Returns<O>
}

/**
 * A server-pushed stream: started with a validated input, delivered as batches of events (`domain:verb:batch`),
 * acknowledged batch by batch (back-pressure), stopped by the client or when its session ends.
 */
export interface StreamSpec<I extends z.ZodType = z.ZodType, E = unknown> {
  readonly kind: 'stream'
  readonly input: I
  readonly event: Returns<E>
}

export const call = <I extends z.ZodType, O>(input: I, output: Returns<O>): CallSpec<I, O> => ({ kind: 'call', input, output })
export const stream = <I extends z.ZodType, E>(input: I, event: Returns<E>): StreamSpec<I, E> => ({ kind: 'stream', input, event })

export type DomainSpec = Record<string, CallSpec | StreamSpec>
