import { z } from 'zod'
import type { OffsetString } from '../kafka/offsets'
import { call, returns, stream } from './define'
import { topicNameSchema } from './topics.contract'

/** Bytes cross the boundary as base64: exact for any payload (UTF-8 or not), and JSON-safe for the web host. */
export type Base64 = string

export interface KafkaHeader {
  key: string
  value: Base64 | null
}

export interface KafkaMessage {
  partition: number
  offset: OffsetString
  /** ms since the epoch, as Kafka stores it (a 64-bit decimal string) */
  timestamp: string
  key: Base64 | null
  /** null is a tombstone */
  value: Base64 | null
  headers: KafkaHeader[]
}

export interface PartitionRange {
  partition: number
  /** earliest offset (inclusive) */
  low: OffsetString
  /** latest offset (exclusive) */
  high: OffsetString
}

export interface BrowseResult {
  messages: KafkaMessage[]
  partitions: PartitionRange[]
  /** true when more messages exist past the ones returned */
  more: boolean
  tookMs: number
}

const offsetText = z.string().regex(/^\d{1,19}$/, 'offset: a whole number ≥ 0')

export const browseStartSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('beginning') }),
  /** the last `limit` messages */
  z.object({ kind: z.literal('latest') }),
  z.object({ kind: z.literal('offset'), offset: offsetText }),
  /** first message at or after this time (ms since the epoch) */
  z.object({ kind: z.literal('timestamp'), timestamp: z.number().int().min(0) }),
])

export type BrowseStart = z.infer<typeof browseStartSchema>

/** What a tail stream delivers: messages, and now and then a notice about the tail itself. */
export type TailEvent =
  | { kind: 'message'; message: KafkaMessage }
  | { kind: 'notice'; text: string }

export const tailInputSchema = z.object({
  topic: topicNameSchema,
  /** where to start when there is no committed offset (or no group): like --from-beginning */
  from: z.enum(['latest', 'beginning']).default('latest'),
  /** null: no consumer group (nothing is created on the cluster); a name: consume as that group, like --group */
  group: z.string().trim().min(1).max(249).regex(/^[A-Za-z0-9._-]+$/, 'group id: letters, digits, ".", "_" and "-"').nullable().default(null),
})

export const messagesContract = {
  /**
   * Reads messages WITHOUT a consumer group: partitions are fetched directly from their leaders, so nothing is
   * joined, created or committed on the cluster. Partitions merged in timestamp order.
   */
  browse: call(
    z.object({
      topic: topicNameSchema,
      /** null: all partitions */
      partition: z.number().int().min(0).nullable().default(null),
      start: browseStartSchema.default({ kind: 'beginning' }),
      limit: z.number().int().min(1).max(100_000).default(10),
    }),
    returns<BrowseResult>(),
  ),
  /** Follows a topic live until stopped; batched and back-pressured (see StreamSpec). */
  tail: stream(tailInputSchema, returns<TailEvent>()),
}
