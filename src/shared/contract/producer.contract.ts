import { z } from 'zod'
import type { OffsetString } from '../kafka/offsets'
import { call, returns } from './define'
import { topicNameSchema } from './topics.contract'

export interface SentMessage {
  partition: number
  /** null with acks=0: the broker does not answer, so the offset is unknown */
  offset: OffsetString | null
}

export interface SendResult {
  sent: SentMessage[]
  tookMs: number
}

export const produceInputSchema = z.object({
  topic: topicNameSchema,
  /** null: the Java default partitioner (murmur2 of the key; round-robin without a key) */
  partition: z.number().int().min(0).nullable().default(null),
  /** UTF-8 text; null sends no key */
  key: z.string().max(1_000_000).nullable().default(null),
  /** UTF-8 text; null sends a tombstone */
  value: z.string().max(100_000_000).nullable(),
  valueFormat: z.enum(['text', 'json']).default('text'),
  headers: z.array(z.object({ key: z.string().min(1, 'A header needs a name.'), value: z.string() })).max(100).default([]),
  /** sends this many messages; {{i}} in key, value and headers becomes 1, 2, … count */
  count: z.number().int().min(1).max(1_000_000).default(1),
  acks: z.enum(['all', '1', '0']).default('all'),
  compression: z.enum(['none', 'gzip']).default('none'),
  /** ms since the epoch; null lets the producer stamp the send time */
  timestamp: z.string().regex(/^\d{1,19}$/, 'timestamp: ms since the epoch').nullable().default(null),
})

export type ProduceInput = z.infer<typeof produceInputSchema>

export const producerContract = {
  send: call(produceInputSchema, returns<SendResult>()),
}
