import { z } from 'zod'
import type { OffsetString } from '../kafka/offsets'
import { call, returns } from './define'
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
}
