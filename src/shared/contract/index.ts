import type { z } from 'zod'
import type { AppErrorValue, Result } from '../result'
import { clusterContract } from './cluster.contract'
import { connectionContract } from './connection.contract'
import type { CallSpec, DomainSpec, StreamSpec } from './define'
import { messagesContract } from './messages.contract'
import { producerContract } from './producer.contract'
import { topicAdminContract } from './topic-admin.contract'
import { topicsContract } from './topics.contract'

/** Every call and stream of the app, by domain. The wire name of `contract.topics.list` is `topics:list`. */
export const contract = {
  connection: connectionContract,
  cluster: clusterContract,
  topics: topicsContract,
  topicAdmin: topicAdminContract,
  messages: messagesContract,
  producer: producerContract,
} as const satisfies Record<string, DomainSpec>

export type Contract = typeof contract
export type Domain = keyof Contract

export interface ChannelEntry {
  domain: string
  verb: string
  /** `domain:verb` */
  channel: string
  spec: CallSpec | StreamSpec
}

export function channelsOf(c: Record<string, DomainSpec> = contract): ChannelEntry[] {
  return Object.entries(c).flatMap(([domain, verbs]) =>
    Object.entries(verbs).map(([verb, spec]) => ({ domain, verb, channel: `${domain}:${verb}`, spec })),
  )
}

/** Push channel carrying a stream's batches. */
export const batchChannel = (channel: string) => `${channel}:batch`
/** Control channels shared by every stream (never exposed to the renderer as such). */
export const STREAM_STOP = 'stream:stop'
export const STREAM_ACK = 'stream:ack'

/** Why a stream ended without being stopped, or null when stopped normally. */
export interface StreamEnd {
  error: AppErrorValue | null
}

export interface StreamHandle {
  stop(): Promise<void>
}

export type StreamListener<E> = (events: E[]) => void

type ApiMethod<S> =
  S extends CallSpec<infer I, infer O>
    ? (input: z.input<I>) => Promise<Result<O>>
    : S extends StreamSpec<infer I, infer E>
      ? (input: z.input<I>, onBatch: StreamListener<E>, onEnd?: (end: StreamEnd) => void) => Promise<Result<StreamHandle>>
      : never

/** What the renderer sees: the contract as named async functions. */
export type Api = { [D in Domain]: { [V in keyof Contract[D]]: ApiMethod<Contract[D][V]> } }

export type CallOutput<S> = S extends CallSpec<z.ZodType, infer O> ? O : never
export type EventOf<S> = S extends StreamSpec<z.ZodType, infer E> ? E : never

export * from './cluster.contract'
export * from './connection.contract'
export * from './define'
export * from './messages.contract'
export * from './producer.contract'
export * from './topic-admin.contract'
export * from './topics.contract'
export * from "./wire"
export * from "./build-api"
