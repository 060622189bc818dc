import { CompressionTypes, type IHeaders } from 'kafkajs'
import type { ProduceInput, SendResult, SentMessage } from '../../shared/contract'
import { checkJson } from '../../shared/kafka/json-check'
import { partitionForKey } from '../../shared/kafka/partitioner'
import { fillTemplate } from '../../shared/kafka/template'
import type { KafkaConnection } from '../kafka/connection-registry'
import { hasKafkaErrorType, toKafkaAppError, withTimeout } from '../kafka/kafka-errors'
import { readTopicMetadata } from '../kafka/metadata'
import { AppError } from '../rpc/app-error'
import { describeTopicConfigs } from '../topics/topic-configs.service'

const ACKS = { all: -1, '1': 1, '0': 0 } as const

/**
 * Sends `count` messages. Kafka Lab picks each partition itself — the chosen one, murmur2(key) like the Java
 * client, or round-robin without a key — so it can report every message's partition and offset exactly
 * (per partition, offsets follow the base offset the broker returns, in send order).
 */
export async function produce(conn: KafkaConnection, input: ProduceInput): Promise<SendResult> {
  const t0 = Date.now()
  const meta = await readTopicMetadata(conn, input.topic)
  const count = meta.partitionMetadata.length
  if (input.partition !== null && input.partition >= count) {
    throw new AppError('INVALID_INPUT', `${input.topic} has no partition ${input.partition} (it has ${count}: 0 to ${count - 1}).`)
  }
  if (input.valueFormat === 'json' && input.value !== null) {
    const check = checkJson(fillTemplate(input.value, 1))
    if (!check.ok) throw new AppError('INVALID_INPUT', check.message)
  }
  let next = Math.floor(Math.random() * count)
  const messages = Array.from({ length: input.count }, (_, n) => {
    const i = n + 1
    const key = input.key === null ? null : fillTemplate(input.key, i)
    const partition = input.partition ?? (key !== null ? partitionForKey(key, count) : next++ % count)
    const headers: IHeaders = {}
    for (const h of input.headers) headers[fillTemplate(h.key, i)] = fillTemplate(h.value, i)
    return { partition, key, value: input.value === null ? null : fillTemplate(input.value, i), headers, ...(input.timestamp ? { timestamp: input.timestamp } : {}) }
  })

  const producer = await conn.producer()
  const sent: SentMessage[] = []
  // Bulk sends go out in chunks (see CHUNK_BYTES), one after the other so each partition keeps the send order.
  for (const chunk of chunks(messages)) {
    let metadata
    try {
      metadata = await withTimeout(
        producer.send({ topic: input.topic, messages: chunk, acks: ACKS[input.acks], compression: input.compression === 'gzip' ? CompressionTypes.GZIP : CompressionTypes.None, timeout: 10_000 }),
        30_000,
        `Sending to ${input.topic}`,
      )
    } catch (e) {
      // What went out before the failing chunk is reported as sent; nothing after it.
      throw await explainSendError(e, conn, input.topic, sent.length)
    }
    const base = new Map(metadata.map((m) => [m.partition, m.baseOffset === undefined || m.baseOffset === '-1' ? null : BigInt(m.baseOffset)]))
    const seen = new Map<number, bigint>()
    for (const m of chunk) {
      const b = base.get(m.partition)
      const idx = seen.get(m.partition) ?? 0n
      seen.set(m.partition, idx + 1n)
      sent.push({ partition: m.partition, offset: input.acks === '0' || b === null || b === undefined ? null : (b + idx).toString() })
    }
  }
  return { sent, tookMs: Date.now() - t0 }
}

/**
 * kafkajs puts each partition's share of one send() into a single record batch, and a batch must fit the topic's
 * max.message.bytes (1 MB by default) — so bulk sends go out as sequential sends of under 900 KB each.
 */
const CHUNK_BYTES = 900 * 1024
const CHUNK_MESSAGES = 10_000

function* chunks<T extends { key: string | null; value: string | null }>(messages: T[]): Generator<T[]> {
  let chunk: T[] = []
  let bytes = 0
  for (const m of messages) {
    const size = (m.key?.length ?? 0) + (m.value?.length ?? 0) + 64
    if (chunk.length > 0 && (bytes + size > CHUNK_BYTES || chunk.length >= CHUNK_MESSAGES)) {
      yield chunk
      chunk = []
      bytes = 0
    }
    chunk.push(m)
    bytes += size
  }
  if (chunk.length) yield chunk
}

/** Reads the topic's max.message.bytes so the message can name the real limit. */
async function maxMessageBytes(conn: KafkaConnection, topic: string): Promise<string> {
  try {
    const configs = await describeTopicConfigs(conn, topic)
    return configs.find((c) => c.name === 'max.message.bytes')?.value ?? 'unknown'
  } catch {
    return 'unknown'
  }
}

async function explainSendError(e: unknown, conn: KafkaConnection, topic: string, alreadySent: number): Promise<AppError> {
  const before = alreadySent > 0 ? ` The first ${alreadySent} messages were written before that.` : ' Nothing was written.'
  if (hasKafkaErrorType(e, 'NOT_ENOUGH_REPLICAS') || hasKafkaErrorType(e, 'NOT_ENOUGH_REPLICAS_AFTER_APPEND')) {
    return new AppError('KAFKA_ERROR', `NOT_ENOUGH_REPLICAS: with acks=all, ${topic} needs at least min.insync.replicas replicas in sync, and fewer are.${before} Bring the stopped broker back, or send with acks=1.`)
  }
  if (hasKafkaErrorType(e, 'MESSAGE_TOO_LARGE') || hasKafkaErrorType(e, 'RECORD_LIST_TOO_LARGE')) {
    return new AppError('KAFKA_ERROR', `MESSAGE_TOO_LARGE: a message is larger than ${topic} accepts: its max.message.bytes is ${await maxMessageBytes(conn, topic)} bytes.${before}`)
  }
  return toKafkaAppError(e, conn.profile.bootstrapServers)
}
